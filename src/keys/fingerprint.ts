/**
 * Fingerprints of an SSH public key. All hash the SSH wire-format blob (RFC 4716 §4,
 * what `ssh-keygen -l` hashes), never the DER/SPKI encoding: AWS documents the RFC 4716
 * MD5 but hashes the DER, which is exactly the kind of divergence the suite must catch.
 */
import { createHash, hash } from 'node:crypto';
import { parsePublicKeyBody } from './parse.ts';

/** The two renderings of an MD5 fingerprint the service is known to use. */
export interface Md5Fingerprint {
  /** 16 lowercase hex pairs joined by ':' (documented; `ssh-keygen -l -E md5` after `MD5:`). */
  colon: string;
  /** 32 lowercase hex digits (observed from the real service). */
  hex: string;
}

/** Lowercase hex pairs joined by ':'. */
function colonHex(digest: Buffer): string {
  return colonPairs(digest.toString('hex'));
}

/** Room for the colon form of a SHA-1 (the longest digest here): 20 pairs and 19 colons. */
const colonText = Buffer.alloc(59);

/** `0a1b2c…` as `0a:1b:2c:…`: a digest's pairs written into one buffer and read back as one string. */
function colonPairs(hex: string): string {
  if (hex.length === 0 || hex.length > 40 || hex.length % 2 !== 0) return colonPairsByConcat(hex);
  let at = 0;
  for (let i = 0; i < hex.length; i += 2) {
    if (i > 0) colonText[at++] = 0x3a; // ':'
    colonText[at++] = hex.charCodeAt(i);
    colonText[at++] = hex.charCodeAt(i + 1);
  }
  return colonText.toString('latin1', 0, at);
}

/** colonPairs a piece at a time, for any other text (digests are never that). */
function colonPairsByConcat(hex: string): string {
  let out = hex.slice(0, 2);
  for (let i = 2; i < hex.length; i += 2) out += `:${hex.slice(i, i + 2)}`;
  return out;
}

/** MD5 of the wire-format blob, in colon and plain-hex form. */
export function md5Fingerprint(blob: Uint8Array): Md5Fingerprint {
  // One-shot hash() straight to hex: every import fingerprints its key, and a Hash object
  // or a Buffer of the digest cost more than the MD5 itself.
  const hex = hash('md5', blob, 'hex');
  return { colon: colonPairs(hex), hex };
}

/** SHA-1 of the blob as 20 lowercase hex pairs joined by ':' (the length of the seed's example). */
export function sha1Colon(blob: Uint8Array): string {
  return colonHex(createHash('sha1').update(blob).digest());
}

/** SHA-256 of the blob as unpadded base64, without the `SHA256:` prefix ssh-keygen prints. */
export function sha256Base64(blob: Uint8Array): string {
  return createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

/** SHA-256 exactly as `ssh-keygen -l` prints it: `SHA256:` + unpadded base64. */
export function sha256Fingerprint(blob: Uint8Array): string {
  return `SHA256:${sha256Base64(blob)}`;
}

/** MD5 fingerprint of a PublicKeyBody, or undefined when the body does not parse. */
export function fingerprintOfBody(text: string): Md5Fingerprint | undefined {
  const r = parsePublicKeyBody(text);
  return r.ok ? md5Fingerprint(r.key.blob) : undefined;
}
