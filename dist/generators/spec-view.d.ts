import type { Constraint, Evidence, Parameter, Rule, Spec } from '../src/spec/types.ts';
/**
 * Read-only views of the spec that the generators share: rules by id or by constraint
 * kind, parameters, and the evidence a case inherits from its rules. Generators read
 * numbers, prefixes and classes from here and never restate them.
 */
/** The operation every generated case targets. */
export declare const OP = "ImportKeyPair";
/** The rule with `id`, or a fault naming it (a generator asked for a rule the spec lacks). */
export declare function rule(spec: Spec, id: string): Rule;
/** The rules of `parameter` in spec order (Tag fields as `Tag.N.Key`). */
export declare function rulesOf(spec: Spec, parameter: string): Rule[];
/** The one rule of `parameter` whose constraint has `kind`, with the constraint narrowed. */
export declare function ruleOfKind<K extends Constraint['kind']>(spec: Spec, parameter: string, kind: K): Rule & {
    constraint: Extract<Constraint, {
        kind: K;
    }>;
};
/** The narrowed constraint of rule `id`, checking its kind. */
export declare function constraintOf<K extends Constraint['kind']>(spec: Spec, id: string, kind: K): Extract<Constraint, {
    kind: K;
}>;
/**
 * A length rule's bounds as numbers: an absent minimum is 0; an absent maximum is
 * undefined here only if the caller asked for a rule without one, which is an error.
 */
export declare function lengthOf(spec: Spec, id: string): {
    min: number;
    max: number;
};
/** A length rule's minimum (0 when absent). */
export declare function minLengthOf(spec: Spec, id: string): number;
/** The operation's top-level parameters. */
export declare function parameters(spec: Spec): Parameter[];
/** The spec revision generated files record: the ImportKeyPair document's own date. */
export declare function specRevision(spec: Spec): string;
/** A case is only as well backed as its weakest rule (of any operation: scenarios cite DescribeKeyPairs rules). */
export declare function weakestEvidence(spec: Spec, ruleIds: readonly string[]): Evidence;
