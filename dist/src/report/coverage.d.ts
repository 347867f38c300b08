import type { LoadedCase } from '../cases/load.ts';
import type { CaseResult } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
import type { ErrorRowCoverage, RuleCoverage } from './types.ts';
/**
 * The coverage table: every rule and every error row of ImportKeyPair with the cases that
 * covered it. A rule is covered only where a judged case evaluated an expectation citing it
 * (`judged`), or where a passive check of it applied to an answer (`passive`: the
 * InternalError check counts only in a run where a 500 came back). A documented or
 * inferred rule covered neither way is a hole.
 */
type Coverage = {
    rules: RuleCoverage[];
    errorRows: ErrorRowCoverage[];
    holes: string[];
};
/** Builds the coverage table from the results of a run. */
export declare function buildCoverage(spec: Spec, cases: readonly LoadedCase[], results: readonly CaseResult[]): Coverage;
export {};
