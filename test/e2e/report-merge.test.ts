import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/report/types.ts';
import { kpc, readReport, tmp } from './report-fixtures.ts';

// Sharding across machines: three `kpc run --shard i/3` runs merged with
// `kpc report merge` equal one unsharded run in verdict, counts and coverage.

const counts = (r: Report) => ({ ...r.summary, requests: undefined });
const coverage = (r: Report) => ({
  rules: r.coverage.rules.map((x) => ({ ...x, cases: [...x.cases].sort() })),
  errorRows: r.coverage.errorRows.map((x) => ({ ...x, cases: [...x.cases].sort() })),
  holes: r.coverage.holes,
});

describe('kpc report merge', () => {
  const whole = tmp('kpc-merge-whole-');
  const shards = [1, 2, 3].map((i) => tmp(`kpc-merge-shard${i}-`));
  const out = tmp('kpc-merge-out-');
  let merged: Awaited<ReturnType<typeof kpc>>;
  beforeAll(async () => {
    const runs = await Promise.all([
      kpc(['run', '--report-dir', whole]),
      ...shards.map((dir, i) => kpc(['run', '--shard', `${i + 1}/3`, '--report-dir', dir])),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    merged = await kpc(['report', 'merge', ...shards, '--out', out]);
  }, 240_000);

  test('merges into one conformant report and exits 0', () => {
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain('CONFORMANT');
    expect(merged.stdout).toContain('merged 3 report(s)');
  });

  test('equals the unsharded run in verdict, counts and coverage', () => {
    const m = readReport(out);
    const w = readReport(whole);
    expect(m.verdict).toBe(w.verdict);
    expect(counts(m)).toEqual(counts(w));
    expect(m.cases.map((c) => c.id)).toEqual(w.cases.map((c) => c.id));
    expect(coverage(m)).toEqual(coverage(w));
  });

  test('each case ran in exactly one shard, the quota scenario in shard 1', () => {
    const parts = shards.map(readReport);
    expect(parts.every((p) => p.cases.length > 0)).toBe(true);
    const ids = parts.flatMap((p) => p.cases.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(parts.map((p) => p.cases.some((c) => c.scenario === 'quota'))).toEqual([true, false, false]);
  });

  test("sums resources, keeps every shard's token and writes every report format", () => {
    const m = readReport(out);
    const parts = shards.map(readReport);
    expect(m.resources.created).toBe(parts.reduce((n, p) => n + p.resources.created, 0));
    expect(m.run.token.split(',')).toEqual(parts.map((p) => p.run.token));
    expect(m.merged?.map((x) => x.shard)).toEqual(['1/3', '2/3', '3/3']);
    for (const f of ['report.json', 'report.md', 'junit.xml', 'report.html'])
      expect(existsSync(join(out, f)), f).toBe(true);
  });

  test('a shard given twice is refused (exit 2), naming the case and both sources', async () => {
    const r = await kpc([
      'report',
      'merge',
      shards[0]!,
      join(shards[0]!, 'report.json'),
      '--out',
      tmp('kpc-merge-bad-'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/case \S+ is in both .*shard1.*report\.json and .*shard1.*report\.json/);
  });

  test('a missing shard is merged with a warning naming it', async () => {
    const r = await kpc(['report', 'merge', shards[0]!, shards[2]!, '--out', tmp('kpc-merge-part-')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: shard(s) 2/3 missing');
  });
});
