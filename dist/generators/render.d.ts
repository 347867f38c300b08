import type { CaseFile } from '../src/cases/types.ts';
/**
 * Case files as YAML text, byte-stable for the same input: keys keep the order the
 * generators built them in, lines are never folded, and small leaves (matchers, var
 * specs, rule lists) are written in flow style so a case reads top to bottom.
 */
/** The two header lines of a generated file. */
export declare function header(revision: string): string;
/** A case file as YAML text with the generated-file header. */
export declare function renderCaseFile(file: CaseFile): string;
