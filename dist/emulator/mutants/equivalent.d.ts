import type { Mutant } from './types.ts';
/** The equivalent mutants. */
export declare const EQUIVALENT_MUTANTS: readonly Mutant[];
