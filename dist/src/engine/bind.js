/**
 * Binds a case's `vars` to concrete values, in declaration order (so `same` can refer to
 * earlier vars). One binder serves every use: a run draws fresh names and keys from its
 * source, the Pact contract draws names from the case id and keys from the fixtures. Keys
 * are kept beside their text so `fingerprint-of` computes the expected fingerprint without
 * trusting the target.
 */
import { createPublicKey } from 'node:crypto';
import { KpcError } from '../errors.js';
import { malformedBodies, withComment } from '../keys/index.js';
function swapcase(s) {
    return [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}
function transform(base, t) {
    if (t === 'upper')
        return base.toUpperCase();
    if (t === 'lower')
        return base.toLowerCase();
    return t === 'swapcase' ? swapcase(base) : base;
}
/** A string of exactly `length` code points: prefix, `fill` repeated, suffix. */
export function textOf(t) {
    const { length, fill = 'x', prefix = '', suffix = '' } = t;
    const chars = [...fill];
    const n = Math.max(0, length - [...prefix].length - [...suffix].length);
    return `${prefix}${Array.from({ length: n }, (_, i) => chars[i % chars.length]).join('')}${suffix}`;
}
/** The key in RFC 4716 armour, lines of at most 70 characters. */
function rfc4716(key, comment) {
    const lines = key.blob.toString('base64').match(/.{1,70}/g) ?? [];
    const header = comment === undefined ? [] : [`Comment: "${comment}"`];
    return ['---- BEGIN SSH2 PUBLIC KEY ----', ...header, ...lines, '---- END SSH2 PUBLIC KEY ----', ''].join('\n');
}
/** The key as PEM SubjectPublicKeyInfo, derived from its private half (observations only). */
function pem(key, varName) {
    if (key.privateKeyPem === '')
        throw new KpcError('KPC_CASE_FILE', `${varName}: a PEM body needs a private key`);
    return createPublicKey(key.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}
function encode(key, spec, varName) {
    if (spec.encoding === 'pem')
        return pem(key, varName);
    if (spec.encoding === 'rfc4716')
        return rfc4716(key, spec.comment);
    return spec.comment === undefined ? key.publicKey : withComment(key.publicKey, spec.comment);
}
async function malformed(source, m, varName) {
    const body = malformedBodies(await source.malformedSource(m.of)).find((x) => x.id === m.variant);
    if (!body)
        throw new KpcError('KPC_CASE_FILE', `unknown malformed variant "${m.variant}" in var ${varName}`);
    if (body.body === '' && m.variant === 'private-key-pem') {
        throw new KpcError('KPC_CASE_FILE', `${varName}: a private-key body needs a private key`);
    }
    return body.body;
}
async function bindOne(b, varName, spec, source) {
    if ('name' in spec)
        b.values[varName] = await source.name(spec.name, varName);
    else if ('key' in spec) {
        const key = await source.key(spec.key, varName);
        b.keys[varName] = key;
        b.values[varName] = encode(key, spec, varName);
    }
    else if ('malformed' in spec)
        b.values[varName] = await malformed(source, spec.malformed, varName);
    else if ('text' in spec)
        b.values[varName] = textOf(spec.text);
    else if ('literal' in spec)
        b.values[varName] = spec.literal;
    else {
        const base = b.values[spec.same];
        if (base === undefined) {
            throw new KpcError('KPC_CASE_FILE', `var ${varName} refers to ${spec.same}, which is not defined before it`);
        }
        const sameKey = b.keys[spec.same];
        if (sameKey)
            b.keys[varName] = sameKey;
        b.values[varName] = transform(base, spec.transform);
    }
}
/** Binds every var of a case on top of the built-in variables. */
export async function bindVars(vars, builtins, source) {
    const b = { values: { ...builtins }, keys: {} };
    for (const [name, spec] of Object.entries(vars ?? {}))
        await bindOne(b, name, spec, source);
    return b;
}
/** Replaces `${name}` in a template with bound values; an unknown name is a case-file error. */
export function interpolate(template, values) {
    return template.replace(/\$\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, n) => {
        const v = values[n];
        if (v !== undefined)
            return v;
        const known = Object.keys(values).filter((k) => !k.startsWith('_'));
        throw new KpcError('KPC_CASE_FILE', `\${${n}} is not defined (vars, saved values and ${known.slice(0, 8).join(', ')} are)`);
    });
}
