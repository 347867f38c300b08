import type { Mutant } from './types.ts';
/** The Tag.N mutants. */
export declare const TAG_MUTANTS: readonly Mutant[];
