/** The kill matrix as text (the terminal) and Markdown (reports/selfcheck/selfcheck.md). Pure. */
import type { SelfcheckReport } from './types.ts';
/** The score line. */
export declare function scoreLine(r: SelfcheckReport): string;
/** The matrix for a terminal: one line a mutant, then the verdict. */
export declare function renderText(r: SelfcheckReport): string;
/** The matrix as Markdown: each mutant with its status and the cases that caught it. */
export declare function renderMarkdown(r: SelfcheckReport): string;
