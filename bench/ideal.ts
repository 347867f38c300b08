/**
 * The limits the bench measures a run against, computed from what the run did (pure):
 * the ideal wall time under added latency, and the fewest requests that could have done
 * the same work. Both read the shape of each case from report.json.
 */
import type { CaseResult, StepRecord } from '../src/engine/index.ts';

/** One step as far as cost goes: a call, `n` concurrent calls, or a region fill of `imports`. */
export type StepShape = { kind: 'call' } | { kind: 'times'; n: number } | { kind: 'fill'; imports: number };

/** A case as far as cost goes; exclusive cases run alone, after the others. */
export interface CaseShape {
  id: string;
  exclusive: boolean;
  steps: StepShape[];
}

/** How a report step maps to a shape: a fill is the step whose request is `(fill)`; its imports are its outcomes. */
export function stepShape(s: StepRecord): StepShape {
  if (s.request.params['(fill)'] !== undefined) {
    return { kind: 'fill', imports: Object.values(s.outcomes ?? {}).reduce((n, k) => n + k, 0) };
  }
  if (s.calls !== undefined) return { kind: 'times', n: s.calls };
  return { kind: 'call' };
}

/** The shapes of a report's cases; `exclusive` names the cases that ran alone. */
export function caseShapes(results: readonly CaseResult[], exclusive: ReadonlySet<string>): CaseShape[] {
  return results.map((r) => ({ id: r.id, exclusive: exclusive.has(r.id), steps: r.steps.map(stepShape) }));
}

/** Requests a step sends as the engine sends it (a fill counts the region before and after). */
export function stepRequests(s: StepShape): number {
  return s.kind === 'call' ? 1 : s.kind === 'times' ? s.n : s.imports + 2;
}

/** Round trips a step needs at best with `c` requests in flight: its calls run in parallel. */
export function stepDepth(s: StepShape, c: number): number {
  return s.kind === 'call' ? 1 : s.kind === 'times' ? Math.ceil(s.n / c) : 2 + Math.ceil(s.imports / c);
}

/** What the ideal is made of, in round trips. */
export interface IdealRounds {
  preflight: number;
  shared: number;
  exclusive: number;
  teardown: number;
  total: number;
}

/**
 * Round trips of the ideal run with `c` requests in flight: one preflight; the shared cases
 * as requests ÷ c, but never less than the longest case (its steps are sequential); the
 * exclusive cases one after another; teardown as its deletes ÷ c, then one round of checks.
 */
export function idealRounds(
  cases: readonly CaseShape[],
  c: number,
  teardown: { deletes: number; checks: number },
): IdealRounds {
  const shared = cases.filter((x) => !x.exclusive);
  const requests = shared.reduce((n, x) => n + x.steps.reduce((m, s) => m + stepRequests(s), 0), 0);
  const depth = (x: CaseShape): number => x.steps.reduce((m, s) => m + stepDepth(s, c), 0);
  const sharedRounds = Math.max(Math.ceil(requests / c), ...shared.map(depth), 0);
  const exclusiveRounds = cases.filter((x) => x.exclusive).reduce((n, x) => n + depth(x), 0);
  const teardownRounds = Math.ceil(teardown.deletes / c) + (teardown.checks > 0 ? 1 : 0);
  const preflight = 1;
  return {
    preflight,
    shared: sharedRounds,
    exclusive: exclusiveRounds,
    teardown: teardownRounds,
    total: preflight + sharedRounds + exclusiveRounds + teardownRounds,
  };
}

/** The fewest requests a case could make: one a step, `n` for n concurrent calls, `imports` for a fill. */
export function minimumCaseRequests(x: CaseShape): number {
  return x.steps.reduce((n, s) => n + (s.kind === 'call' ? 1 : s.kind === 'times' ? s.n : s.imports), 0);
}

/**
 * The fewest teardown requests: deletes in batches of 100 per region, then one listing per
 * region, and one look-up per name too short to carry the run token (no listing finds it).
 */
export function minimumTeardownRequests(
  deletedPerRegion: Readonly<Record<string, number>>,
  regionsTouched: number,
  shortNames = 0,
): { deletes: number; checks: number } {
  const deletes = Object.values(deletedPerRegion).reduce((n, k) => n + Math.ceil(k / 100), 0);
  return { deletes, checks: regionsTouched + shortNames };
}
