import type { Mutant } from './types.ts';
/** The uniqueness, quota and persistence mutants. */
export declare const STATE_MUTANTS: readonly Mutant[];
