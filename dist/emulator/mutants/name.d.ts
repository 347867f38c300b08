import type { Mutant } from './types.ts';
/** The KeyPairName mutants. */
export declare const NAME_MUTANTS: readonly Mutant[];
