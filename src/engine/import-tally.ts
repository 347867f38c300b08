/**
 * What the steps of many imports (fill-region, import-batch) share: each import sends a
 * fresh key of the default spec into one region, and the step tallies its calls, its
 * answers by `status:Code`, and the first infrastructure fault it met.
 */
import { errorCode } from '../client/index.ts';
import { DEFAULT_KEY_SPEC } from '../keys/index.ts';
import type { Mismatch } from './matchers.ts';
import type { StepRecord } from './result.ts';
import type { Answered } from './session.ts';
import { infrastructureOf, type AttemptContext } from './step.ts';

/** A step's running count. */
export interface Tally {
  region: string;
  outcomes: Record<string, number>;
  calls: number;
  infrastructure: string | undefined;
}

/** A fresh tally for a step in `region`. */
export function newTally(region: string): Tally {
  return { region, outcomes: {}, calls: 0, infrastructure: undefined };
}

/** Notes the first infrastructure fault among `answers`. */
export function noteFaults(t: Tally, answers: readonly Answered[]): void {
  t.infrastructure ??= infrastructureOf(answers);
}

/** Imports `name` into the tally's region with a fresh key, and counts the answer. */
export async function importCounted(a: AttemptContext, t: Tally, name: string): Promise<Answered> {
  const key = await a.session.keys(DEFAULT_KEY_SPEC);
  const params = { RegionId: t.region, KeyPairName: name, PublicKeyBody: key.publicKey };
  const r = await a.session.call(a.case.id, 'ImportKeyPair', params);
  const k = `${r.exchange.response?.status ?? 'none'}:${errorCode(r.exchange.response?.body) ?? ''}`;
  t.outcomes[k] = (t.outcomes[k] ?? 0) + 1;
  t.calls++;
  return r;
}

/** The record of a step of many imports: `what` names it in the request line (`(fill)`, `(batch)`). */
export function importsRecord(
  t: Tally,
  what: Record<string, string>,
  expected: StepRecord['expected'],
  mismatches: Mismatch[],
  started: number,
): StepRecord {
  return {
    request: { action: 'ImportKeyPair', params: { RegionId: t.region, ...what } },
    response: undefined,
    expected,
    mismatches,
    durationMs: performance.now() - started,
    calls: t.calls,
    outcomes: t.outcomes,
  };
}
