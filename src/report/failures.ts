import type { CaseResult, CaseStatus, Mismatch } from '../engine/index.ts';
import type { Report } from './types.ts';

/**
 * What every human-facing reporter says about a failure, written once: the order cases are
 * listed in, one line per mismatch, and the replay (case id, run token, seed, redacted curl).
 */

const ORDER: Record<CaseStatus, number> = { failed: 0, inconclusive: 1, skipped: 2, observed: 3, passed: 4 };

/** Cases with failures first, then inconclusive, skipped, observed and passed; stable within a status. */
export function failuresFirst(cases: readonly CaseResult[]): CaseResult[] {
  return cases
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => ORDER[a.status] - ORDER[b.status] || i - j)
    .map(([c]) => c);
}

/** One mismatch as a sentence: where, what was expected, what came back, and the rule. */
export function mismatchLine(m: Mismatch): string {
  const rule = m.rule ? ` [${m.rule}]` : '';
  return `${m.path}: expected ${m.expected}, got ${JSON.stringify(m.actual) ?? 'nothing'}${rule}`;
}

/** The mismatches of a case, each prefixed with its step. */
export function mismatchLines(c: CaseResult): string[] {
  return c.steps.flatMap((s, i) => s.mismatches.map((m) => `step ${i + 1} ${s.request.action}: ${mismatchLine(m)}`));
}

/** How to reproduce a failed case: the ids that select it and the redacted requests that failed. */
export interface Replay {
  caseId: string;
  token: string;
  seed: number | undefined;
  /** `kpc run` arguments that rerun just this case against the same target. */
  rerun: string;
  /** Redacted curl lines of the steps that mismatched (re-sign before sending). */
  curls: string[];
}

/** The replay of a case in a report. */
export function replayOf(c: CaseResult, report: Pick<Report, 'run' | 'target'>): Replay {
  const failing = c.steps.filter((s) => s.mismatches.length > 0 || s.infrastructure);
  const curls = (failing.length > 0 ? failing : c.steps).flatMap((s) => (s.curl ? [s.curl] : []));
  const target = report.target.embedded ? '' : ` --target ${report.target.url}`;
  return {
    caseId: c.id,
    token: report.run.token,
    seed: report.run.seed,
    rerun: `kpc run${target} --region ${report.target.region} --only '${c.id.replace(/'/g, "'\\''")}'`,
    curls,
  };
}

/** The replay header as one line: case, run token and seed. */
export function replayHeader(r: Replay): string {
  return `case ${r.caseId} · run token ${r.token}${r.seed === undefined ? '' : ` · seed ${r.seed}`}`;
}

/** A failed case as a person reads it in a terminal: the broken rules, each mismatch, and a replay line. */
export function formatFailure(r: CaseResult): string {
  const lines = [`${r.id}: ${r.title}`, `  broken rule(s): ${r.brokenRules.join(', ')}`];
  r.steps.forEach((s, i) => {
    for (const m of s.mismatches) lines.push(`  step ${i + 1} ${s.request.action}: ${mismatchLine(m)}`);
    if (s.mismatches.length > 0 && s.curl) lines.push(`  replay (re-sign before sending): ${s.curl}`);
  });
  return lines.join('\n');
}
