/**
 * The model exploration judges by: the spec's own predicates. For a name, tags or a body
 * it says accept, or reject with the rule broken and the codes its violation allows (none
 * when the spec asserts only a 4xx). Pure; no emulator code is involved.
 */
import { parsePublicKeyBody } from '../keys/index.js';
import { errorRow, ruleById } from '../spec/load.js';
import { firstBrokenRule, violationCodes } from '../spec/predicates.js';
/** The name rules a positive name verdict rests on. */
export const NAME_RULES = ['IKP-NAME-LENGTH', 'IKP-NAME-FIRST-CHAR', 'IKP-NAME-CHARSET', 'IKP-NAME-URL-PREFIX'];
/** The tag rules a positive tags verdict rests on. */
export const TAG_RULES = [
    'IKP-TAG-INDEX',
    'IKP-TAG-KEY-NONEMPTY',
    'IKP-TAG-KEY-LENGTH',
    'IKP-TAG-KEY-PREFIX',
    'IKP-TAG-KEY-URL',
    'IKP-TAG-VALUE-LENGTH',
    'IKP-TAG-VALUE-URL',
];
/** The rules the import/describe/delete model checks. */
export const SEQUENCE_RULES = [
    'IKP-NAME-UNIQUE',
    'IKP-NAME-UNIQUE-PER-REGION',
    'IKP-PERSISTED',
    'IKP-DELETE-FREES-QUOTA',
];
/** The body rules a positive body verdict rests on. */
export const BODY_RULES = ['IKP-BODY-FORMAT', 'IKP-BODY-KEY-TYPE', 'IKP-FP-MD5', 'IKP-FP-FORMAT'];
/** A reject verdict for a broken rule: its codes, and their status when the row is documented. */
export function rejectFor(spec, rule) {
    const codes = rule.violation ? violationCodes(rule.violation) : [];
    const first = codes[0];
    return {
        accept: false,
        rule: rule.id,
        codes,
        status: first === undefined ? undefined : errorRow(spec, rule.operation, first)?.status,
    };
}
/** The verdict on a KeyPairName. */
export function nameVerdict(spec, name) {
    const broken = firstBrokenRule(spec, 'ImportKeyPair', 'KeyPairName', name);
    return broken ? rejectFor(spec, broken) : { accept: true, rules: NAME_RULES };
}
/** The verdict on a set of tags (indices distinct, keys distinct). */
export function tagsVerdict(spec, tags) {
    const indexRule = ruleById(spec, 'IKP-TAG-INDEX');
    const range = indexRule.constraint.kind === 'index-range' ? indexRule.constraint : { min: 1, max: spec.limits.tagsPerResource };
    for (const t of tags) {
        if (t.index < range.min || t.index > range.max)
            return rejectFor(spec, indexRule);
        const broken = firstBrokenRule(spec, 'ImportKeyPair', 'Tag.N.Key', t.key) ??
            firstBrokenRule(spec, 'ImportKeyPair', 'Tag.N.Value', t.value);
        if (broken)
            return rejectFor(spec, broken);
    }
    return { accept: true, rules: TAG_RULES };
}
/** The SSH key types the documented list stands for. */
export function documentedKeyTypes(spec) {
    return new Set(Object.values(spec.keyTypes.sshTypes).flat());
}
/** The verdict on a PublicKeyBody in the OpenSSH one-line form (other encodings are left open). */
export function bodyVerdict(spec, body) {
    const parsed = parsePublicKeyBody(body);
    if (!parsed.ok || parsed.key.format !== 'openssh')
        return rejectFor(spec, ruleById(spec, 'IKP-BODY-FORMAT'));
    if (!documentedKeyTypes(spec).has(parsed.key.type))
        return rejectFor(spec, ruleById(spec, 'IKP-BODY-KEY-TYPE'));
    return { accept: true, rules: BODY_RULES };
}
