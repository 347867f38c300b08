/**
 * Strict base64 (RFC 4648 §4) for key blobs. Node's decoder silently skips invalid
 * characters and ignores bad padding, so a body like `ssh-rsa AAAA!!!` would decode to
 * something; the conformance reference must instead say exactly what is wrong.
 */

/** Result of a strict decode. */
export type Base64Result = { ok: true; bytes: Buffer } | { ok: false; reason: string };

const ALPHABET = /^[A-Za-z0-9+/]$/;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CANONICAL_SHAPE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes canonical padded base64: alphabet only, length a multiple of 4, zero pad bits. */
export function decodeCanonicalBase64(text: string): Base64Result {
  if (text.length === 0) return { ok: false, reason: 'base64 blob is empty' };
  // Up to two trailing '=' are padding; the rest is the body (not copied: it is only looked at).
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bodyLength = text.length - pad;
  // One pattern test passes the usual valid text; the scan runs only to name a bad character.
  if (!CANONICAL_SHAPE.test(text)) {
    for (let i = 0; i < bodyLength; i++) {
      const c = text[i] ?? '';
      if (!ALPHABET.test(c)) {
        const shown = c === '=' ? "padding '='" : `character ${JSON.stringify(c)}`;
        return { ok: false, reason: `base64 blob has ${shown} at position ${i}, which is not allowed there` };
      }
    }
  }
  if (text.length % 4 !== 0) {
    return { ok: false, reason: `base64 blob length ${text.length} is not a multiple of 4 (missing or extra padding)` };
  }
  // Non-zero pad bits ('AB==' instead of 'AA==') would make two texts of one blob. They are
  // the low bits of the character before the padding: 4 of them before '==', 2 before '='.
  const padBits = pad === 0 ? 0 : DIGITS.indexOf(text[bodyLength - 1]!) & (pad === 2 ? 0x0f : 0x03);
  if (padBits !== 0) {
    return { ok: false, reason: 'base64 blob is not canonical (non-zero bits in the final padding group)' };
  }
  return { ok: true, bytes: Buffer.from(text, 'base64') };
}
