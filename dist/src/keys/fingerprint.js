/**
 * Fingerprints of an SSH public key. All hash the SSH wire-format blob (RFC 4716 §4,
 * what `ssh-keygen -l` hashes), never the DER/SPKI encoding: AWS documents the RFC 4716
 * MD5 but hashes the DER, which is exactly the kind of divergence the suite must catch.
 */
import { createHash } from 'node:crypto';
import { parsePublicKeyBody } from './parse.js';
/** Lowercase hex pairs joined by ':'. */
function colonHex(digest) {
    return digest.toString('hex').replace(/(..)(?!$)/g, '$1:');
}
/** MD5 of the wire-format blob, in colon and plain-hex form. */
export function md5Fingerprint(blob) {
    const digest = createHash('md5').update(blob).digest();
    return { colon: colonHex(digest), hex: digest.toString('hex') };
}
/** SHA-1 of the blob as 20 lowercase hex pairs joined by ':' (the length of the seed's example). */
export function sha1Colon(blob) {
    return colonHex(createHash('sha1').update(blob).digest());
}
/** SHA-256 of the blob as unpadded base64, without the `SHA256:` prefix ssh-keygen prints. */
export function sha256Base64(blob) {
    return createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}
/** SHA-256 exactly as `ssh-keygen -l` prints it: `SHA256:` + unpadded base64. */
export function sha256Fingerprint(blob) {
    return `SHA256:${sha256Base64(blob)}`;
}
/** MD5 fingerprint of a PublicKeyBody, or undefined when the body does not parse. */
export function fingerprintOfBody(text) {
    const r = parsePublicKeyBody(text);
    return r.ok ? md5Fingerprint(r.key.blob) : undefined;
}
