/**
 * Cases a run lost to throttling (pure): inconclusive ones, and any other whose recorded
 * answers include a `Throttling*` code (an observation that recorded a throttled answer
 * instead of the behaviour it meant to observe is lost too, silently).
 */
import { isThrottlingCode } from '../src/client/index.ts';
import type { CaseResult } from '../src/engine/index.ts';

/** True when a case ended inconclusive or recorded a throttled answer. */
export function lostToThrottling(c: CaseResult): boolean {
  if (c.status === 'inconclusive') return true;
  return c.steps.some(
    (s) =>
      isThrottlingCode(s.response?.code) ||
      Object.keys(s.outcomes ?? {}).some((k) => isThrottlingCode(k.split(':')[1])),
  );
}

/** The ids of the cases a run lost to throttling. */
export function lostCases(cases: readonly CaseResult[]): string[] {
  return cases.filter(lostToThrottling).map((c) => c.id);
}
