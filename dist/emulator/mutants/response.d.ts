import type { Mutant } from './types.ts';
/** The response and DescribeKeyPairs/DeleteKeyPairs mutants. */
export declare const RESPONSE_MUTANTS: readonly Mutant[];
