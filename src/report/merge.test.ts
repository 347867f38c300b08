import { describe, expect, test } from 'vitest';
import { loadCases } from '../cases/load.ts';
import { isKpcError } from '../errors.ts';
import { defaultSpec } from '../spec/load.ts';
import { caseResult, report } from './fixtures.ts';
import { mergeReports, missingShards } from './merge.ts';

const cases = loadCases();
const [first, second, third] = [cases[0]!, cases[1]!, cases[2]!];
const ctx = { spec: defaultSpec(), cases };
const result = (c: typeof first, status: 'passed' | 'failed' = 'passed') =>
  caseResult({ id: c.id, rules: c.rules, status, brokenRules: status === 'failed' ? [c.rules[0]!] : [] });

describe('mergeReports', () => {
  const shard1 = report([result(third), result(first)], {
    run: { token: 'kpca', signature: 'v3', concurrency: 8, shard: '1/2', only: undefined },
    resources: { created: 3, deleted: 3, leaked: [], teardownRequests: 1, errors: [] },
  });
  const shard2 = report([result(second, 'failed')], {
    run: { token: 'kpcb', signature: 'v3', concurrency: 8, shard: '2/2', only: undefined },
    resources: {
      created: 2,
      deleted: 1,
      leaked: [{ region: 'cn-hangzhou', name: 'kpcb1' }],
      teardownRequests: 2,
      errors: [],
    },
    finishedAt: '2026-01-01T00:00:09.000Z',
  });
  const merged = mergeReports(
    [
      { source: 'a', report: shard1 },
      { source: 'b', report: shard2 },
    ],
    ctx,
  );

  test('joins the cases in suite order and recomputes summary and verdict', () => {
    expect(merged.cases.map((c) => c.id)).toEqual([first.id, second.id, third.id]);
    expect(merged.summary).toMatchObject({ total: 3, passed: 2, failed: 1 });
    expect(merged.verdict).toBe('non-conformant');
  });

  test('recomputes coverage from the case definitions and sums resources', () => {
    const rule = merged.coverage.rules.find((r) => r.id === second.rules[0])!;
    expect(rule.failed).toEqual([second.id]);
    expect(merged.resources).toMatchObject({
      created: 5,
      deleted: 4,
      teardownRequests: 3,
      leaked: [{ region: 'cn-hangzhou', name: 'kpcb1' }],
    });
  });

  test("keeps every shard's token and says where it came from", () => {
    expect(merged.run.token).toBe('kpca,kpcb');
    expect(merged.finishedAt).toBe('2026-01-01T00:00:09.000Z');
    expect(merged.merged?.map((m) => [m.source, m.shard])).toEqual([
      ['a', '1/2'],
      ['b', '2/2'],
    ]);
  });

  test('refuses a case present in two shards, naming both', () => {
    try {
      mergeReports(
        [
          { source: 'a', report: shard1 },
          { source: 'a-again', report: shard1 },
        ],
        ctx,
      );
      expect.unreachable();
    } catch (e) {
      expect(isKpcError(e, 'KPC_USAGE')).toBe(true);
      expect((e as Error).message).toContain('is in both a and a-again');
    }
  });

  test('a case skipped in one part and run in another is taken from where it ran', () => {
    const skipped = report([
      result(first),
      caseResult({ id: third.id, status: 'skipped', reason: 'needs quota-test' }),
    ]);
    const ran = report([result(third, 'failed')]);
    for (const parts of [
      [skipped, ran],
      [ran, skipped],
    ]) {
      const m = mergeReports(
        parts.map((r, i) => ({ source: `p${i}`, report: r })),
        ctx,
      );
      expect(m.cases.map((c) => [c.id, c.status])).toEqual([
        [first.id, 'passed'],
        [third.id, 'failed'],
      ]);
      expect(m.summary).toMatchObject({ total: 2, skipped: 0, failed: 1 });
    }
  });

  test('refuses shards of different regions', () => {
    const other = report([], { target: { url: 'u', region: 'cn-beijing', secondRegion: undefined, embedded: false } });
    expect(() =>
      mergeReports(
        [
          { source: 'a', report: shard1 },
          { source: 'b', report: other },
        ],
        ctx,
      ),
    ).toThrow(/a has region cn-hangzhou but b has region cn-beijing/);
  });

  test('missingShards names the shards a set lacks', () => {
    const s = (shard: string) => ({
      source: shard,
      report: report([], { run: { token: 't', signature: 'v3', concurrency: 1, shard, only: undefined } }),
    });
    expect(missingShards([s('1/3'), s('3/3')])).toEqual(['2/3']);
    expect(missingShards([s('1/3'), s('2/3'), s('3/3')])).toEqual([]);
  });
});
