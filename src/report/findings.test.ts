import { describe, expect, test } from 'vitest';
import { loadCases } from '../cases/load.ts';
import { defaultSpec, ruleById } from '../spec/load.ts';
import { buildReport } from './build.ts';
import { DELETE_REMOVES_RULE, findingLine, teardownFindings } from './findings.ts';
import { caseResult, report } from './fixtures.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { mergeReports } from './merge.ts';

const spec = defaultSpec();
const cases = loadCases();
const REGION = 'cn-hangzhou';
const listedAfterDelete = [
  { region: REGION, name: 'kpctoken0001a' },
  { region: 'cn-shanghai', name: 'kpctoken0001b' },
];
const teardown = { created: 2, deleted: 0, leaked: listedAfterDelete, listedAfterDelete, requests: 9, errors: [] };
const passed = cases.slice(0, 3).map((c) => caseResult({ id: c.id, rules: c.rules }));

/** A report of three passed cases and the given teardown. */
function built(td: typeof teardown | undefined) {
  const t = new Date('2026-01-01T00:00:00Z');
  return buildReport({
    spec,
    tool: { name: 'keypair-conformance', version: '0.0.0' },
    target: { url: 'http://127.0.0.1:9', region: REGION, secondRegion: 'cn-shanghai', embedded: false },
    run: { token: 'kpctoken0001', signature: 'v3', concurrency: 8, shard: undefined, only: undefined },
    startedAt: t,
    finishedAt: t,
    cases: cases.slice(0, 3),
    results: passed,
    teardown: td,
  });
}

describe('teardown evidence in the report', () => {
  test('traces to the rule that a delete answered with success removes every key pair it names', () => {
    const rule = ruleById(spec, DELETE_REMOVES_RULE);
    expect(rule).toMatchObject({ operation: 'DeleteKeyPairs', evidence: 'inferred' });
    expect(teardownFindings({ listedAfterDelete: [] })).toEqual([]);
    expect(teardownFindings(undefined)).toEqual([]);
    const [f] = teardownFindings(teardown);
    expect(f).toMatchObject({ rule: DELETE_REMOVES_RULE, source: 'teardown', places: listedAfterDelete });
    expect(findingLine(f!)).toContain('cn-hangzhou/kpctoken0001a, cn-shanghai/kpctoken0001b');
    const many = teardownFindings({
      listedAfterDelete: Array.from({ length: 12 }, (_, i) => ({ region: REGION, name: `n${i}` })),
    });
    expect(findingLine(many[0]!)).toMatch(/n9 … and 2 more$/);
  });

  test('key pairs listed after a successful delete make a run of passed cases non-conformant, the rule failed', () => {
    const r = built(teardown);
    expect(r.summary.failed).toBe(0);
    expect(r.verdict).toBe('non-conformant');
    expect(r.verdictReason).toContain(DELETE_REMOVES_RULE);
    expect(r.findings).toHaveLength(1);
    const cov = r.coverage.rules.find((x) => x.id === DELETE_REMOVES_RULE);
    expect(cov).toMatchObject({ status: 'judged', findings: ['teardown'] });
    expect(r.coverage.holes).not.toContain(`rule ${DELETE_REMOVES_RULE}`);
  });

  test('a clean teardown adds nothing: the verdict is the cases', () => {
    const r = built({ ...teardown, leaked: [], listedAfterDelete: [] });
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe('conformant');
    expect(r.coverage.rules.find((x) => x.id === DELETE_REMOVES_RULE)?.findings).toBeUndefined();
  });

  test('the coverage table holds the rules of every operation, ImportKeyPair first', () => {
    const ids = built(undefined).coverage.rules.map((x) => x.id);
    expect(ids[0]).toMatch(/^IKP-/);
    expect(ids).toEqual(expect.arrayContaining(['DKP-PAGE-SIZE-DEFAULT', 'DEL-REGION-SCOPE', DELETE_REMOVES_RULE]));
    expect(ids.findIndex((id) => !id.startsWith('IKP-'))).toBeGreaterThan(
      ids.findLastIndex((id) => id.startsWith('IKP-')),
    );
  });

  test('report.md, junit.xml and report.html show the finding with its key pairs', () => {
    const r = built(teardown);
    const md = renderMarkdown(r);
    expect(md).toContain('## Broken outside the cases (1)');
    expect(md).toContain('`cn-shanghai/kpctoken0001b`');
    expect(md).toMatch(/\| ❌ `DEL-REMOVES-ALL` \| inferred \| judged \| \d+ \| 1 \(teardown\) \|/);
    const junit = renderJunit(r);
    expect(junit).toContain('failures="1"');
    expect(junit).toContain(`tests="${r.summary.total + 1}"`);
    expect(junit).toContain('<failure message="broken rule(s): DEL-REMOVES-ALL" type="DEL-REMOVES-ALL">');
    expect(junit).toContain('cn-hangzhou/kpctoken0001a');
    const html = renderHtml(r);
    expect(html).toContain('id="findings"');
    expect(html).toContain('cn-shanghai/kpctoken0001b');
  });

  test("a merge keeps every shard's findings and judges the merged run by them", () => {
    const [f] = teardownFindings(teardown);
    const shard = (token: string, findings = [f!]) =>
      report([], { run: { token, signature: 'v3', concurrency: 8, shard: '1/2', only: undefined }, findings });
    const c = cases[0]!;
    const clean = report([caseResult({ id: c.id, rules: c.rules })], {
      run: { token: 'kpcb', signature: 'v3', concurrency: 8, shard: '2/2', only: undefined },
    });
    const merged = mergeReports(
      [
        { source: 'a', report: shard('kpca') },
        { source: 'b', report: clean },
      ],
      { spec, cases },
    );
    expect(merged.findings).toHaveLength(1);
    expect(merged.verdict).toBe('non-conformant');
    expect(merged.coverage.rules.find((x) => x.id === DELETE_REMOVES_RULE)?.findings).toEqual(['teardown']);
  });
});
