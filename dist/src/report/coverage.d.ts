import type { LoadedCase } from '../cases/load.ts';
import type { CaseResult } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
import type { ErrorRowCoverage, RuleCoverage } from './types.ts';
/**
 * The coverage table: every rule and every error row of ImportKeyPair with the cases that
 * exercised it. A documented or inferred rule that no judged case reached is a hole.
 */
/** Builds the coverage table from the cases that ran. */
export declare function buildCoverage(spec: Spec, cases: readonly LoadedCase[], results: readonly CaseResult[]): {
    rules: RuleCoverage[];
    errorRows: ErrorRowCoverage[];
    holes: string[];
};
