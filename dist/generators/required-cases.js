import { KpcError } from '../src/errors.js';
import { satisfies } from '../src/spec/predicates.js';
import { caseId, CHEAP_KEY, importParams, importStep, makeCase, outcomeText, rejectImport, rowOf, violationOf, } from './case-kit.js';
import { parameters, rule, ruleOfKind } from './spec-view.js';
/**
 * Required parameters: each one left out must fail as its required rule says, and each
 * one sent empty must fail too, as missing or as malformed (the document leaves open
 * which reading a service takes, so both rows are accepted).
 */
/** 'KeyPairName' → 'key-pair-name'. */
export function kebab(s) {
    return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
/** Vars for the parameters a request sends: a fresh name and key unless left out. */
function varsFor(left) {
    const vars = {};
    if (left !== 'KeyPairName')
        vars['name'] = { name: {} };
    if (left !== 'PublicKeyBody')
        vars['key'] = { key: CHEAP_KEY };
    return vars;
}
/** The value rule an empty string breaks: a plain constraint it fails, else the parameter's format rule. */
function emptyValueRule(spec, ids) {
    const candidates = ids
        .map((id) => rule(spec, id))
        .filter((r) => r.violation !== undefined && r.constraint.kind !== 'required');
    const plain = candidates.find((r) => satisfies(r.constraint, '') === false);
    const structural = candidates.find((r) => r.constraint.kind === 'public-key' || r.constraint.kind === 'region');
    const found = plain ?? structural;
    if (!found)
        throw new KpcError('KPC_SPEC', `no rule of [${ids.join(', ')}] says what an empty value breaks`);
    return found;
}
/** Either row when both name one; a bare status class when either does not. */
function emptyViolation(value, required) {
    if ('statusClass' in value || 'statusClass' in required)
        return { statusClass: '4xx' };
    const codes = [...new Set([value, required].flatMap((v) => ('error' in v ? [v.error] : v.oneOf)))];
    return codes.length === 1 ? { error: codes[0] ?? '' } : { oneOf: codes };
}
/** Missing and empty cases for every required parameter of ImportKeyPair. */
export function requiredCases(spec) {
    const out = [];
    for (const p of parameters(spec).filter((x) => x.required)) {
        const req = ruleOfKind(spec, p.name, 'required');
        const missing = violationOf(spec, req.id);
        out.push(makeCase(spec, {
            id: caseId(req.id, 'missing-parameter', kebab(p.name)),
            title: `rejects an import without ${p.name} ${outcomeText(missing)}`,
            rules: [req.id],
            scenario: 'missing-parameter',
            polarity: 'negative',
            errorRow: rowOf(missing),
            vars: varsFor(p.name),
            steps: [importStep(importParams({ [p.name]: undefined }), rejectImport(spec, missing, req.id))],
        }));
        const valueRule = emptyValueRule(spec, p.rules);
        const empty = emptyViolation(violationOf(spec, valueRule.id), missing);
        out.push(makeCase(spec, {
            id: caseId(req.id, 'empty-value', kebab(p.name)),
            title: `rejects an empty ${p.name} ${outcomeText(empty)}`,
            rules: [req.id, valueRule.id],
            scenario: 'empty-value',
            polarity: 'negative',
            errorRow: rowOf(empty),
            vars: varsFor(p.name),
            steps: [importStep(importParams({ [p.name]: '' }), rejectImport(spec, empty, req.id))],
        }));
    }
    return out;
}
