import { KpcError } from '../src/errors.js';
import { ALL_KEY_SPECS, keySpecId, sshKeyTypeOfSpec } from '../src/keys/key-types.js';
import { MALFORMED_BODY_IDS } from '../src/keys/malformed.js';
import { acceptImport, caseId, CHEAP_KEY, importParams, importStep, makeCase, outcomeText, rejectImport, responseRules, rowOf, violationOf, } from './case-kit.js';
import { OP, rule } from './spec-view.js';
/**
 * PublicKeyBody cases from the key corpus: every key the suite can make, judged by the
 * documented type list (api.yaml keyTypes, cross-checked with IKP-BODY-KEY-TYPE): a
 * documented type must import with its exact fingerprint, with and without a comment; an
 * undocumented type must be rejected; a key with an IKP-OBS-<KEY> rule is only observed.
 * Every malformed variant of the corpus must be rejected.
 */
const FORMAT = 'IKP-BODY-FORMAT';
const KEY_TYPE = 'IKP-BODY-KEY-TYPE';
const COMMENT = 'IKP-BODY-COMMENT';
/** A comment as ssh-keygen writes one. */
export const KEY_COMMENT = 'user@host';
/** What an observation of an import records. */
export const IMPORT_OBSERVATIONS = ['status', 'body.Code', 'body.KeyPairFingerPrint'];
/** Variants that do not depend on the key they are made from: generated once, not per algorithm. */
const KEY_INDEPENDENT = new Set(['garbage-doc-example', 'empty']);
/** The empty body is an empty-value case (required.yaml): it may be read as missing. */
const ELSEWHERE = new Set(['empty']);
/** How a title names a malformed variant made from `key` (a phrase like "an RSA 2048-bit key") of SSH type `type`. */
const VARIANT_TEXT = {
    'truncated-blob': (key) => `${key} with its blob cut short`,
    'corrupted-length': (key) => `${key} whose blob's first length field points past its end`,
    'label-mismatch': (key) => `${key} behind the label of another documented type`,
    'no-blob': (_, type) => `the ${type} type label without a key blob`,
    'not-base64': (key) => `${key} whose blob is not valid base64`,
    'private-key-pem': (key) => `${key.replace(/ key$/, ' private key')} (PKCS#8 PEM) instead of its public key`,
    'trailing-garbage-in-blob': (key) => `${key} with bytes after the last field of its blob`,
};
/** "an RSA 2048-bit key", "an ECDSA P-256 key": how titles name a key of the corpus. */
export function keyPhrase(ks) {
    switch (ks.kind) {
        case 'rsa':
            return `an RSA ${ks.bits}-bit key`;
        case 'dsa':
            return `a DSA ${ks.bits}-bit key`;
        case 'ecdsa':
            return `an ECDSA P-${ks.curve.replace('nistp', '')} key`;
        case 'ed25519':
            return 'an Ed25519 key';
    }
}
/** The SSH types the document's closed list stands for; must equal IKP-BODY-KEY-TYPE's list. */
export function documentedKeyTypes(spec) {
    const types = new Set(spec.keyTypes.documented.flatMap((name) => spec.keyTypes.sshTypes[name] ?? []));
    const c = rule(spec, KEY_TYPE).constraint;
    const listed = c.kind === 'public-key' ? [...c.keyTypes].sort().join(',') : '';
    if ([...types].sort().join(',') !== listed)
        throw new KpcError('KPC_SPEC', `api.yaml keyTypes (${[...types].join(', ')}) and ${KEY_TYPE} (${listed}) disagree`);
    return types;
}
/** The observation rule for a key spec (`IKP-OBS-RSA-1024`), if the spec defines one. */
function observationRule(spec, id) {
    const ruleId = `IKP-OBS-${id.toUpperCase()}`;
    return spec.operations[OP]?.rules.some((r) => r.id === ruleId) ? ruleId : undefined;
}
/** Cases for one key of the corpus. */
function corpusCases(spec, ks, documented) {
    const id = keySpecId(ks);
    const type = sshKeyTypeOfSpec(ks);
    const obs = observationRule(spec, id);
    if (obs !== undefined) {
        const step = { action: OP, params: importParams(), observe: IMPORT_OBSERVATIONS };
        return [
            makeCase(spec, {
                id: caseId(obs, 'observation', id),
                title: `records how the target answers ${keyPhrase(ks)} (${type})`,
                rules: [obs],
                scenario: 'observation',
                polarity: 'observation',
                vars: { name: { name: {} }, key: { key: id } },
                steps: [step],
            }),
        ];
    }
    if (!documented.has(type)) {
        const v = violationOf(spec, KEY_TYPE);
        return [
            makeCase(spec, {
                id: caseId(KEY_TYPE, 'unsupported-key-type', id),
                title: `rejects ${keyPhrase(ks)} (${type}, not a documented type) ${outcomeText(v)}`,
                rules: [KEY_TYPE],
                scenario: 'unsupported-key-type',
                polarity: 'negative',
                errorRow: rowOf(v),
                vars: { name: { name: {} }, key: { key: id } },
                steps: [importStep(importParams(), rejectImport(spec, v, KEY_TYPE))],
            }),
        ];
    }
    return [
        makeCase(spec, {
            id: caseId(KEY_TYPE, 'valid-key', id),
            title: `accepts ${keyPhrase(ks)} (${type}) and returns its MD5 fingerprint`,
            rules: [KEY_TYPE, FORMAT, ...responseRules(spec)],
            scenario: 'valid-key',
            polarity: 'positive',
            vars: { name: { name: {} }, key: { key: id } },
            steps: [importStep(importParams(), acceptImport(spec, KEY_TYPE))],
        }),
        makeCase(spec, {
            id: caseId(COMMENT, 'valid-key', `${id}-with-comment`),
            title: `accepts ${keyPhrase(ks)} with a comment and returns the fingerprint of the key alone`,
            rules: [COMMENT, KEY_TYPE, FORMAT, ...responseRules(spec)],
            scenario: 'valid-key',
            polarity: 'positive',
            vars: { name: { name: {} }, key: { key: id, comment: KEY_COMMENT } },
            steps: [importStep(importParams(), acceptImport(spec, COMMENT))],
        }),
    ];
}
/** The first asserted key of each algorithm: the bases the malformed variants are made from. */
function malformedBases(spec, documented) {
    const bases = new Map();
    for (const ks of ALL_KEY_SPECS) {
        if (documented.has(sshKeyTypeOfSpec(ks)) &&
            observationRule(spec, keySpecId(ks)) === undefined &&
            !bases.has(ks.kind))
            bases.set(ks.kind, ks);
    }
    return [...bases.values()];
}
/** One malformed-body case. */
function malformedCase(spec, variant, of, slug, what) {
    const v = violationOf(spec, FORMAT);
    return makeCase(spec, {
        id: caseId(FORMAT, 'malformed-key', slug),
        title: `rejects ${what} ${outcomeText(v)}`,
        rules: [FORMAT],
        scenario: 'malformed-key',
        polarity: 'negative',
        errorRow: rowOf(v),
        vars: { name: { name: {} }, key: { malformed: { of, variant } } },
        steps: [importStep(importParams(), rejectImport(spec, v, FORMAT))],
    });
}
/** Every PublicKeyBody case: the corpus, then the malformed variants. */
export function keyCases(spec) {
    const documented = documentedKeyTypes(spec);
    const out = ALL_KEY_SPECS.flatMap((ks) => corpusCases(spec, ks, documented));
    const example = spec.operations[OP]?.parameters.find((p) => p.name === 'PublicKeyBody')?.example;
    for (const variant of MALFORMED_BODY_IDS) {
        if (ELSEWHERE.has(variant))
            continue;
        if (KEY_INDEPENDENT.has(variant)) {
            const what = variant === 'garbage-doc-example' && example !== undefined
                ? `the document's example body (${example})`
                : `a malformed body (${variant})`;
            out.push(malformedCase(spec, variant, CHEAP_KEY, variant, what));
            continue;
        }
        for (const base of malformedBases(spec, documented)) {
            const of = keySpecId(base);
            const text = VARIANT_TEXT[variant]?.(keyPhrase(base), sshKeyTypeOfSpec(base)) ??
                `a malformed body (${variant}) made from ${keyPhrase(base)}`;
            out.push(malformedCase(spec, variant, of, `${of}-${variant}`, text));
        }
    }
    return out;
}
