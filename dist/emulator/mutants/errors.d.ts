import type { Mutant } from './types.ts';
/** The error-row, region and resource-group mutants. */
export declare const ERROR_MUTANTS: readonly Mutant[];
