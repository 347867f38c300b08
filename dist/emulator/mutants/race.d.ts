import type { Mutant } from './types.ts';
/** How long the "write" takes between check and insert. */
export declare const RACE_WINDOW_MS = 20;
/** The check-then-insert race. */
export declare const RACE_MUTANT: Mutant;
