import type { Mutant } from './types.ts';
/** The PublicKeyBody mutants. */
export declare const BODY_MUTANTS: readonly Mutant[];
