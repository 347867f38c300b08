import type { Case, Expectation, Polarity, Requirement, Scenario, Step, VarSpec } from '../src/cases/types.ts';
import type { Spec, Violation } from '../src/spec/types.ts';
/**
 * Building blocks of generated cases: the import step, what acceptance and rejection
 * look like (statuses come from the error table, response checks from the response
 * rules), and a case constructor with a fixed key order so output is byte-stable.
 */
/** The cheapest documented key: used wherever the key is not the point of the case. */
export declare const CHEAP_KEY = "ecdsa-nistp256";
/** Fresh name and key vars, the usual pair for a case about something else. */
export declare function nameAndKey(name?: VarSpec, key?: VarSpec): Record<string, VarSpec>;
/** ImportKeyPair params for the usual vars, overridden (or, with undefined, omitted) by `over`. */
export declare function importParams(over?: Record<string, string | undefined>): Record<string, string>;
/**
 * A successful import, judged on everything the response rules promise: 200, the name
 * echoed, a RequestId string, and the fingerprint of `keyVar` as a digest and as a form.
 */
export declare function acceptImport(spec: Spec, primaryRule: string, keyVar?: string, nameExpr?: string): Expectation;
/** The response rule ids a successful import is judged on (they join the case's rules). */
export declare function responseRules(spec: Spec): string[];
/**
 * A rejection as the violation allows it: status and Code from the error table, one of
 * several rows, or only a 4xx where the document names no code.
 */
export declare function rejectImport(spec: Spec, violation: Violation, primaryRule: string): Expectation;
/** The HTTP status of an error code, read from the operation's table (then the common one). */
export declare function statusOf(spec: Spec, code: string): number;
/** The violation of rule `id`, which must have one. */
export declare function violationOf(spec: Spec, id: string): Violation;
/** The error row a violation targets: its (first) code; none for a bare status class. */
export declare function rowOf(violation: Violation): string | undefined;
/** "with X", "with X or Y", "with a 4xx error": how a title names the expected outcome. */
export declare function outcomeText(violation: Violation): string;
/** One ImportKeyPair step; a bare status-class rejection also records the code the target chose. */
export declare function importStep(params: Record<string, string>, expect: Expectation): Step;
/** What makeCase needs; evidence is derived from the rules unless given. */
export interface CaseInput {
    id: string;
    title: string;
    rules: string[];
    scenario: Scenario;
    polarity: Polarity;
    errorRow?: string | undefined;
    requires?: Requirement[];
    vars?: Record<string, VarSpec>;
    steps: Step[];
}
/** A case with its keys in schema order and evidence taken from its weakest rule. */
export declare function makeCase(spec: Spec, input: CaseInput): Case;
/** A case id: `<rule id in lower case>/<scenario>/<slug>`. */
export declare function caseId(ruleId: string, scenario: Scenario, slug: string): string;
