/**
 * Strict base64 (RFC 4648 §4) for key blobs. Node's decoder silently skips invalid
 * characters and ignores bad padding, so a body like `ssh-rsa AAAA!!!` would decode to
 * something; the conformance reference must instead say exactly what is wrong.
 */
/** Result of a strict decode. */
export type Base64Result = {
    ok: true;
    bytes: Buffer;
} | {
    ok: false;
    reason: string;
};
/** Decodes canonical padded base64: alphabet only, length a multiple of 4, zero pad bits. */
export declare function decodeCanonicalBase64(text: string): Base64Result;
