/**
 * Lenient PublicKeyBody parsers for the body mutants: each accepts one kind of body the
 * reference parser rejects, and otherwise parses as the reference does.
 */
import { createPublicKey } from 'node:crypto';
import { parsePublicKeyBody } from '../../src/keys/index.js';
import { decodeCanonicalBase64 } from '../../src/keys/base64.js';
import { blobTypeName } from '../../src/keys/blob.js';
import { isSshKeyType } from '../../src/keys/key-types.js';
/** `<label> <base64> [comment]` split into its fields, or undefined. */
function fields(text) {
    const m = /^(\S+)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(text.trim());
    return m ? { label: m[1] ?? '', encoded: m[2] ?? '', comment: m[3] } : undefined;
}
/** Falls back to `lenient` only where the reference parser refuses. */
function orElse(lenient) {
    return (text) => {
        const strict = parsePublicKeyBody(text);
        return strict.ok ? strict : (lenient(text) ?? strict);
    };
}
/** Ignores the type label: the blob's own type wins (label-mismatch accepted). */
export const ignoreLabel = orElse((text) => {
    const f = fields(text);
    const decoded = f && decodeCanonicalBase64(f.encoded);
    if (!f || !decoded?.ok)
        return undefined;
    const inner = blobTypeName(decoded.bytes);
    if (!inner.ok || inner.value === f.label || !isSshKeyType(f.label))
        return undefined;
    const r = parsePublicKeyBody(`${inner.value} ${f.encoded}${f.comment ? ` ${f.comment}` : ''}`);
    return r.ok ? r : undefined;
});
/** Trusts a known label over a blob that does not hold a complete key (truncated, corrupted, trailing bytes). */
export const skipBlobCheck = orElse((text) => {
    const f = fields(text);
    const decoded = f && decodeCanonicalBase64(f.encoded);
    if (!f || !decoded?.ok || !isSshKeyType(f.label))
        return undefined;
    return { ok: true, key: { type: f.label, format: 'openssh', blob: decoded.bytes, comment: f.comment, bits: 2048 } };
});
/** Derives the public key from a PEM private key instead of refusing it. */
export const acceptPrivateKey = orElse((text) => {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
        return undefined;
    try {
        const spki = createPublicKey(text).export({ type: 'spki', format: 'pem' }).toString();
        const r = parsePublicKeyBody(spki);
        return r.ok ? { ok: true, key: { ...r.key, format: 'openssh' } } : undefined;
    }
    catch {
        return undefined;
    }
});
/** Accepts any non-empty text as an RSA key whose blob is the text itself. */
export const acceptAnything = orElse((text) => text.trim() === ''
    ? undefined
    : {
        ok: true,
        key: { type: 'ssh-rsa', format: 'openssh', blob: Buffer.from(text, 'utf8'), comment: undefined, bits: 2048 },
    });
/** Accepts an empty or blank body as an RSA key with an empty blob. */
export const acceptEmpty = orElse((text) => text.trim() === ''
    ? { ok: true, key: { type: 'ssh-rsa', format: 'openssh', blob: Buffer.alloc(0), comment: undefined, bits: 2048 } }
    : undefined);
