import type { LoadedCase } from '../cases/load.ts';
import { type CaseResult, type TeardownResult } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
import type { Report, Verdict } from './types.ts';
/** Above this share of inconclusive judged cases, the run as a whole cannot be judged. */
export declare const INCONCLUSIVE_LIMIT = 0.1;
/** Counts results by status. */
export declare function summarize(results: readonly CaseResult[]): Report['summary'];
/** The verdict: any failure → non-conformant; too many inconclusive or nothing judged → inconclusive. */
export declare function verdictOf(s: Report['summary']): {
    verdict: Verdict;
    reason: string;
};
/** Everything build() needs besides the results. */
export interface ReportInput {
    spec: Spec;
    tool: Report['tool'];
    target: Report['target'];
    run: Report['run'];
    startedAt: Date;
    finishedAt: Date;
    cases: readonly LoadedCase[];
    results: readonly CaseResult[];
    teardown: TeardownResult | undefined;
}
/** Assembles report.json from a run's results; cases keep the order of the case files. */
export declare function buildReport(input: ReportInput): Report;
