import type { CaseResult, Mismatch } from '../engine/index.ts';
import type { Report } from './types.ts';
/** Cases with failures first, then inconclusive, skipped, observed and passed; stable within a status. */
export declare function failuresFirst(cases: readonly CaseResult[]): CaseResult[];
/** One mismatch as a sentence: where, what was expected, what came back, and the rule. */
export declare function mismatchLine(m: Mismatch): string;
/** The mismatches of a case, each prefixed with its step. */
export declare function mismatchLines(c: CaseResult): string[];
/** How to reproduce a failed case: the ids that select it and the redacted requests that failed. */
export interface Replay {
    caseId: string;
    token: string;
    seed: number | undefined;
    /** `kpc run` arguments that rerun just this case against the same target. */
    rerun: string;
    /** Redacted curl lines of the steps that mismatched (re-sign before sending). */
    curls: string[];
}
/** The replay of a case in a report. */
export declare function replayOf(c: CaseResult, report: Pick<Report, 'run' | 'target'>): Replay;
/** The replay header as one line: case, run token and seed. */
export declare function replayHeader(r: Replay): string;
/** A failed case as a person reads it in a terminal: the broken rules, each mismatch, and a replay line. */
export declare function formatFailure(r: CaseResult): string;
