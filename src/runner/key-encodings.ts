import { createPublicKey } from 'node:crypto';
import type { GeneratedKey } from '../keys/index.ts';

/**
 * Other encodings of a public key, for observations only (the document is silent on
 * them): PEM SubjectPublicKeyInfo and the RFC 4716 SSH2 armour.
 */

/** The key as a PEM `PUBLIC KEY` (SPKI), derived from its private half. */
export function encodePem(key: GeneratedKey): string {
  return createPublicKey(key.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}

/** The key in RFC 4716 armour, lines of at most 70 characters. */
export function encodeRfc4716(key: GeneratedKey, comment?: string): string {
  const b64 = key.blob.toString('base64');
  const lines = b64.match(/.{1,70}/g) ?? [];
  const header = comment === undefined ? [] : [`Comment: "${comment}"`];
  return ['---- BEGIN SSH2 PUBLIC KEY ----', ...header, ...lines, '---- END SSH2 PUBLIC KEY ----', ''].join('\n');
}
