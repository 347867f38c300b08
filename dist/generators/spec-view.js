import { KpcError } from '../src/errors.js';
import { ruleById } from '../src/spec/load.js';
/**
 * Read-only views of the spec that the generators share: rules by id or by constraint
 * kind, parameters, and the evidence a case inherits from its rules. Generators read
 * numbers, prefixes and classes from here and never restate them.
 */
/** The operation every generated case targets. */
export const OP = 'ImportKeyPair';
/** The rule with `id`, or a fault naming it (a generator asked for a rule the spec lacks). */
export function rule(spec, id) {
    const found = spec.operations[OP]?.rules.find((r) => r.id === id);
    if (!found)
        throw new KpcError('KPC_SPEC', `the generators need rule ${id}, which ${OP} does not define`);
    return found;
}
/** The rules of `parameter` in spec order (Tag fields as `Tag.N.Key`). */
export function rulesOf(spec, parameter) {
    return (spec.operations[OP]?.rules ?? []).filter((r) => r.parameter === parameter);
}
/** The one rule of `parameter` whose constraint has `kind`, with the constraint narrowed. */
export function ruleOfKind(spec, parameter, kind) {
    const found = rulesOf(spec, parameter).filter((r) => r.constraint.kind === kind);
    if (found.length !== 1)
        throw new KpcError('KPC_SPEC', `expected exactly one ${kind} rule for ${parameter}, found ${found.length}`);
    return found[0];
}
/** The narrowed constraint of rule `id`, checking its kind. */
export function constraintOf(spec, id, kind) {
    const c = rule(spec, id).constraint;
    if (c.kind !== kind)
        throw new KpcError('KPC_SPEC', `rule ${id} has a ${c.kind} constraint, the generators expect ${kind}`);
    return c;
}
/**
 * A length rule's bounds as numbers: an absent minimum is 0; an absent maximum is
 * undefined here only if the caller asked for a rule without one, which is an error.
 */
export function lengthOf(spec, id) {
    const c = constraintOf(spec, id, 'length');
    if (c.max === undefined)
        throw new KpcError('KPC_SPEC', `rule ${id} has no maximum length, the generators expect one`);
    return { min: c.min ?? 0, max: c.max };
}
/** A length rule's minimum (0 when absent). */
export function minLengthOf(spec, id) {
    return constraintOf(spec, id, 'length').min ?? 0;
}
/** The operation's top-level parameters. */
export function parameters(spec) {
    return spec.operations[OP]?.parameters ?? [];
}
/** The spec revision generated files record: the ImportKeyPair document's own date. */
export function specRevision(spec) {
    const op = spec.operations[OP];
    if (!op)
        throw new KpcError('KPC_SPEC', `the spec has no ${OP} operation`);
    return op.document.revision;
}
const STRENGTH = { documented: 2, inferred: 1, undocumented: 0 };
/** A case is only as well backed as its weakest rule (of any operation: scenarios cite DescribeKeyPairs rules). */
export function weakestEvidence(spec, ruleIds) {
    let weakest = 'documented';
    for (const id of ruleIds) {
        const e = ruleById(spec, id).evidence;
        if (STRENGTH[e] < STRENGTH[weakest])
            weakest = e;
    }
    return weakest;
}
