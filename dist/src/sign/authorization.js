/**
 * The V3 `Authorization` header:
 * `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`.
 * Tolerant of blanks around the separators (hand-written clients add them), strict
 * about everything else: an unknown or repeated field means the client and server may
 * read the header differently, so it is refused rather than guessed at.
 */
import { V3_ALGORITHM } from './sign-v3.js';
const FIELDS = ['Credential', 'SignedHeaders', 'Signature'];
/** Parses an ACS3-HMAC-SHA256 Authorization header value, naming the defect if any. */
export function parseAuthorizationV3(value) {
    const m = /^\s*(\S+)\s+(\S[\s\S]*)$/.exec(value);
    if (!m)
        return fail(`expected "${V3_ALGORITHM} Credential=...,SignedHeaders=...,Signature=..."`);
    const [, algorithm = '', rest = ''] = m;
    if (algorithm !== V3_ALGORITHM)
        return fail(`unsupported signature algorithm "${algorithm}"`);
    const found = new Map();
    for (const part of rest.split(',')) {
        const eq = part.indexOf('=');
        if (eq < 0)
            return fail(`"${part.trim()}" is not a name=value field`);
        const name = part.slice(0, eq).trim();
        if (!isField(name))
            return fail(`unknown field "${name}"`);
        if (found.has(name))
            return fail(`field "${name}" appears more than once`);
        const fieldValue = part.slice(eq + 1).trim();
        // A blank inside a value means the client separated fields with spaces, not commas.
        if (/\s/.test(fieldValue))
            return fail(`field "${name}" contains a blank (fields are separated by commas)`);
        found.set(name, fieldValue);
    }
    for (const f of FIELDS) {
        if (!found.get(f))
            return fail(`field "${f}" is missing or empty`);
    }
    const signedHeaders = found
        .get('SignedHeaders')
        .split(';')
        .map((h) => h.trim().toLowerCase());
    if (signedHeaders.some((h) => h === ''))
        return fail('SignedHeaders contains an empty header name');
    return {
        ok: true,
        auth: { accessKeyId: found.get('Credential'), signedHeaders, signature: found.get('Signature') },
    };
}
function isField(name) {
    return FIELDS.includes(name);
}
function fail(reason) {
    return { ok: false, reason };
}
