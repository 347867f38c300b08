/** Judges a self-check from its outcomes. Pure. */
import type { MutantOutcome, MutantStatus, SelfcheckSummary } from './types.ts';
/** True when some case's answers differ from the reference's, or exploration found the mutant. */
export declare function isLive(o: MutantOutcome, reference: MutantOutcome): boolean;
/** The status of one mutant in the matrix, given the reference run. */
export declare function statusOf(o: MutantOutcome, reference: MutantOutcome): MutantStatus;
/** The summary: the score over killable mutants, and every reason to fail. */
export declare function summarize(baseline: MutantOutcome, outcomes: readonly MutantOutcome[]): SelfcheckSummary;
