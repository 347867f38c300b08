/** The self-check's findings as values: one outcome a mutant, and the summary that judges them. */
export {};
