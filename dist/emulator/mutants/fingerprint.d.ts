import type { Mutant } from './types.ts';
/** The fingerprint mutants. */
export declare const FINGERPRINT_MUTANTS: readonly Mutant[];
