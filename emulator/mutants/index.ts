/**
 * The mutant catalogue: single-deviation variants of the reference emulator, used by
 * `kpc selfcheck` to measure the suite and by `kpc emulator --mutant NAME` to try one.
 */
import { startEmulator, type RunningEmulator, type StartOptions } from '../server.ts';
import { BODY_MUTANTS } from './body.ts';
import { DESCRIBE_DELETE_MUTANTS } from './describe-delete.ts';
import { EQUIVALENT_MUTANTS } from './equivalent.ts';
import { ERROR_MUTANTS } from './errors.ts';
import { FINGERPRINT_MUTANTS } from './fingerprint.ts';
import { NAME_MUTANTS } from './name.ts';
import { QUOTA_RACE_MUTANT, RACE_MUTANT } from './race.ts';
import { FORMAT_MUTANTS } from './format.ts';
import { RESPONSE_MUTANTS } from './response.ts';
import { STATE_MUTANTS } from './state.ts';
import { TAG_MUTANTS } from './tags.ts';
import type { Mutant } from './types.ts';

export type { Mutant, MutantArea } from './types.ts';
export { RACE_WINDOW_MS } from './race.ts';

/** Every mutant, non-equivalent ones first, in a stable order. */
export const MUTANTS: readonly Mutant[] = Object.freeze([
  ...NAME_MUTANTS,
  ...BODY_MUTANTS,
  ...TAG_MUTANTS,
  ...ERROR_MUTANTS,
  ...STATE_MUTANTS,
  RACE_MUTANT,
  QUOTA_RACE_MUTANT,
  ...FINGERPRINT_MUTANTS,
  ...RESPONSE_MUTANTS,
  ...DESCRIBE_DELETE_MUTANTS,
  ...FORMAT_MUTANTS,
  ...EQUIVALENT_MUTANTS,
]);

/** The mutant called `name`, or undefined. */
export function findMutant(name: string): Mutant | undefined {
  return MUTANTS.find((m) => m.name === name);
}

/** Starts an emulator that behaves as `mutant` (a fresh state, like startEmulator). */
export async function startMutantEmulator(mutant: Mutant, options: StartOptions = {}): Promise<RunningEmulator> {
  const running = await startEmulator({ ...options, behaviour: mutant.behaviour });
  // The shell reads emulator.dispatch on every request, so replacing it reroutes the server.
  if (mutant.wrapDispatch) running.emulator.dispatch = mutant.wrapDispatch(running.emulator.dispatch, running.emulator);
  return running;
}

/** One line a mutant: name, kind and description (for `kpc emulator --list-mutants`). */
export function mutantListing(mutants: readonly Mutant[] = MUTANTS): string[] {
  const width = Math.max(...mutants.map((m) => m.name.length));
  return mutants.map((m) => {
    const kind = m.equivalent ? 'equivalent ' : m.exploreOnly ? 'explore-only' : 'killable   ';
    return `${m.name.padEnd(width)}  ${kind}  ${m.description}${m.rules.length > 0 ? ` [${m.rules.join(', ')}]` : ''}`;
  });
}
