/**
 * The mutant catalogue: single-deviation variants of the reference emulator, used by
 * `kpc selfcheck` to measure the suite and by `kpc emulator --mutant NAME` to try one.
 */
import { type RunningEmulator, type StartOptions } from '../server.ts';
import type { Mutant } from './types.ts';
export type { Mutant, MutantArea } from './types.ts';
export { RACE_WINDOW_MS } from './race.ts';
/** Every mutant, non-equivalent ones first, in a stable order. */
export declare const MUTANTS: readonly Mutant[];
/** The mutant called `name`, or undefined. */
export declare function findMutant(name: string): Mutant | undefined;
/** Starts an emulator that behaves as `mutant` (a fresh state, like startEmulator). */
export declare function startMutantEmulator(mutant: Mutant, options?: StartOptions): Promise<RunningEmulator>;
/** One line a mutant: name, kind and description (for `kpc emulator --list-mutants`). */
export declare function mutantListing(mutants?: readonly Mutant[]): string[];
