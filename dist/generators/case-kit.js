import { KpcError } from '../src/errors.js';
import { errorRow } from '../src/spec/load.js';
import { OP, rule, weakestEvidence } from './spec-view.js';
/**
 * Building blocks of generated cases: the import step, what acceptance and rejection
 * look like (statuses come from the error table, response checks from the response
 * rules), and a case constructor with a fixed key order so output is byte-stable.
 */
/** The cheapest documented key: used wherever the key is not the point of the case. */
export const CHEAP_KEY = 'ecdsa-nistp256';
/** Fresh name and key vars, the usual pair for a case about something else. */
export function nameAndKey(name = { name: {} }, key = { key: CHEAP_KEY }) {
    return { name, key };
}
/** ImportKeyPair params for the usual vars, overridden (or, with undefined, omitted) by `over`. */
export function importParams(over = {}) {
    const base = {
        RegionId: '${region}',
        KeyPairName: '${name}',
        PublicKeyBody: '${key}',
        ...over,
    };
    const out = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/**
 * A successful import, judged on everything the response rules promise: 200, the name
 * echoed, a RequestId string, and the fingerprint of `keyVar` as a digest and as a form.
 */
export function acceptImport(spec, primaryRule, keyVar = 'key', nameExpr = '${name}') {
    const body = {};
    for (const field of spec.operations[OP]?.response ?? []) {
        const matchers = [];
        for (const id of field.rules) {
            const c = rule(spec, id).constraint;
            if (c.kind === 'response-field' && c.equals === 'request')
                matchers.push({ match: 'equals', value: nameExpr, rule: id });
            else if (c.kind === 'response-field')
                matchers.push({ match: 'type', type: 'string', rule: id });
            else if (c.kind === 'fingerprint')
                matchers.push({
                    match: 'fingerprint-of',
                    key: keyVar,
                    form: c.format === 'md5-colon' ? 'colon' : 'any',
                    rule: id,
                });
        }
        const [only] = matchers;
        if (only !== undefined)
            body[field.name] = matchers.length === 1 ? only : { match: 'all-of', matchers };
    }
    return { status: { match: 'equals', value: 200, rule: primaryRule }, body };
}
/** The response rule ids a successful import is judged on (they join the case's rules). */
export function responseRules(spec) {
    return (spec.operations[OP]?.response ?? []).flatMap((f) => f.rules);
}
/**
 * A rejection as the violation allows it: status and Code from the error table, one of
 * several rows, or only a 4xx where the document names no code.
 */
export function rejectImport(spec, violation, primaryRule) {
    if ('statusClass' in violation)
        return { status: { match: 'status-class', class: violation.statusClass, rule: primaryRule } };
    const codes = 'error' in violation ? [violation.error] : violation.oneOf;
    const statuses = [...new Set(codes.map((code) => statusOf(spec, code)))];
    const [status] = statuses;
    const [code] = codes;
    return {
        status: statuses.length === 1
            ? { match: 'equals', value: status, rule: primaryRule }
            : { match: 'one-of', values: statuses, rule: primaryRule },
        body: {
            Code: codes.length === 1
                ? { match: 'equals', value: code, rule: primaryRule }
                : { match: 'one-of', values: codes, rule: primaryRule },
        },
    };
}
/** The HTTP status of an error code, read from the operation's table (then the common one). */
export function statusOf(spec, code) {
    const row = errorRow(spec, OP, code);
    if (!row)
        throw new KpcError('KPC_SPEC', `error code ${code} is in no error table`);
    return row.status;
}
/** The violation of rule `id`, which must have one. */
export function violationOf(spec, id) {
    const v = rule(spec, id).violation;
    if (!v)
        throw new KpcError('KPC_SPEC', `rule ${id} has no violation to provoke`);
    return v;
}
/** The error row a violation targets: its (first) code; none for a bare status class. */
export function rowOf(violation) {
    if ('error' in violation)
        return violation.error;
    if ('oneOf' in violation)
        return violation.oneOf[0];
    return undefined;
}
/** "with X", "with X or Y", "with a 4xx error": how a title names the expected outcome. */
export function outcomeText(violation) {
    if ('error' in violation)
        return `with ${violation.error}`;
    if ('oneOf' in violation)
        return `with ${violation.oneOf.join(' or ')}`;
    return `with a ${violation.statusClass} error`;
}
/** One ImportKeyPair step; a bare status-class rejection also records the code the target chose. */
export function importStep(params, expect) {
    const step = { action: OP, params, expect };
    const status = expect.status;
    if (typeof status === 'object' && status !== null && 'match' in status && status.match === 'status-class')
        step.observe = ['body.Code'];
    return step;
}
/** A case with its keys in schema order and evidence taken from its weakest rule. */
export function makeCase(spec, input) {
    const rules = [...new Set(input.rules)];
    // Key order is insertion order: what, why, with what, then how (steps last).
    return {
        id: input.id,
        title: input.title,
        rules,
        scenario: input.scenario,
        polarity: input.polarity,
        evidence: weakestEvidence(spec, rules),
        ...(input.errorRow !== undefined ? { errorRow: input.errorRow } : {}),
        ...(input.requires !== undefined ? { requires: input.requires } : {}),
        ...(input.vars !== undefined ? { vars: input.vars } : {}),
        steps: input.steps,
    };
}
/** A case id: `<rule id in lower case>/<scenario>/<slug>`. */
export function caseId(ruleId, scenario, slug) {
    return `${ruleId.toLowerCase()}/${scenario}/${slug}`;
}
