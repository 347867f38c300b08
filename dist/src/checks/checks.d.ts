/**
 * Passive checks: data plus a pure function, run on every response a case receives,
 * whatever the case expected. Each traces to a rule, never throws, and can be switched
 * off by name (schemathesis' checks, vitest's expectation results).
 */
/** The part of an exchange a check looks at. */
export interface Observed {
    action: string;
    status: number;
    body: unknown;
}
/** The outcome of one check on one response. */
export interface CheckResult {
    pass: boolean;
    expected: string;
    actual: unknown;
}
/** A named check tied to a rule. */
export interface Check {
    name: string;
    rule: string;
    applies(o: Observed): boolean;
    run(o: Observed): CheckResult;
}
/** Every check the suite knows, by name. */
export declare const CHECKS: readonly Check[];
/** The checks enabled by name; `undefined` enables all. Unknown names are an error. */
export declare function selectChecks(names?: readonly string[]): Check[];
/** Runs the checks that apply to one response; every result, passed or not (a check that applied saw its case). */
export declare function runChecks(checks: readonly Check[], o: Observed): Array<CheckResult & {
    name: string;
    rule: string;
}>;
