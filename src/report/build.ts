import type { LoadedCase } from '../cases/load.ts';
import { unrun, type CaseResult, type TeardownResult } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
import { buildCoverage } from './coverage.ts';
import { teardownFindings } from './findings.ts';
import type { Finding, Report, Verdict } from './types.ts';

/** Above this share of inconclusive judged cases, the run as a whole cannot be judged. */
export const INCONCLUSIVE_LIMIT = 0.1;

/** Counts results by status. */
export function summarize(results: readonly CaseResult[]): Report['summary'] {
  const n = (s: CaseResult['status']): number => results.filter((r) => r.status === s).length;
  return {
    total: results.length,
    passed: n('passed'),
    failed: n('failed'),
    inconclusive: n('inconclusive'),
    skipped: n('skipped'),
    observations: n('observed'),
    requests: results.reduce((a, r) => a + r.requests, 0),
  };
}

/**
 * The verdict: any failed case, or any rule the run saw broken outside its cases (a finding),
 * → non-conformant; too many inconclusive or nothing judged → inconclusive.
 */
export function verdictOf(
  s: Report['summary'],
  findings: readonly Finding[] = [],
): { verdict: Verdict; reason: string } {
  if (s.failed > 0 || findings.length > 0) {
    const reasons = [
      ...(s.failed > 0 ? [`${s.failed} case(s) failed`] : []),
      ...findings.map((f) => `${f.source}: ${f.summary} (${f.rule})`),
    ];
    return { verdict: 'non-conformant', reason: reasons.join('; ') };
  }
  const judged = s.passed + s.failed + s.inconclusive;
  if (judged === 0) return { verdict: 'inconclusive', reason: 'no case was judged' };
  if (s.inconclusive / judged > INCONCLUSIVE_LIMIT)
    return {
      verdict: 'inconclusive',
      reason: `${s.inconclusive} of ${judged} cases could not be judged (target errors)`,
    };
  return {
    verdict: 'conformant',
    reason:
      s.inconclusive > 0 ? `all judged cases passed (${s.inconclusive} inconclusive)` : 'every judged case passed',
  };
}

/** Everything build() needs besides the results. */
export interface ReportInput {
  spec: Spec;
  tool: Report['tool'];
  target: Report['target'];
  run: Report['run'];
  startedAt: Date;
  finishedAt: Date;
  cases: readonly LoadedCase[];
  results: readonly CaseResult[];
  teardown: TeardownResult | undefined;
}

/** Assembles report.json from a run's results; cases keep the order of the case files. */
export function buildReport(input: ReportInput): Report {
  const order = new Map(input.cases.map((c, i) => [c.id, i]));
  // A selected case with no result never ran (the run was interrupted or its worker
  // died): it cannot have passed, so it counts as inconclusive.
  const seen = new Set(input.results.map((r) => r.id));
  const missing = input.cases
    .filter((c) => !seen.has(c.id))
    .map((c) => unrun(c, 'inconclusive', 'did not run (the run was interrupted)'));
  const results = [...input.results, ...missing].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const summary = summarize(results);
  const td = input.teardown;
  const findings = teardownFindings(td);
  const { verdict, reason } = verdictOf(summary, findings);
  const doc = input.spec.operations.ImportKeyPair!.document;
  return {
    schemaVersion: 1,
    tool: input.tool,
    target: input.target,
    spec: { document: doc.title, revision: doc.revision },
    run: input.run,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    verdict,
    verdictReason: reason,
    summary,
    cases: results,
    resources: {
      created: td?.created ?? 0,
      deleted: td?.deleted ?? 0,
      leaked: td?.leaked ?? [],
      teardownRequests: td?.requests ?? 0,
      errors: td?.errors ?? [],
    },
    findings,
    coverage: buildCoverage(input.spec, input.cases, results, findings),
  };
}
