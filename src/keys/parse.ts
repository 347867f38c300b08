/**
 * The reference parser for a PublicKeyBody. Strict for the OpenSSH one-line form
 * (`<type> <base64-blob> [comment]`); also accepts RFC 4716 and PEM public keys. It never
 * throws: every rejection is `{ ok: false, reason }` with a reason naming the problem, so
 * the emulator and the case generators can show *why* a body is malformed.
 *
 * It checks structure only, not policy: a 512-bit RSA or 2048-bit DSA key parses, with
 * `bits` saying so, and minimum sizes are left to the caller (the service's are unknown).
 */
import { looksLikePem, looksLikeRfc4716, unwrapPem, unwrapRfc4716, type ArmorResult } from './armor.ts';
import { decodeCanonicalBase64 } from './base64.ts';
import { checkBlob, checkBlobAs, type BlobInfo } from './blob.ts';
import { isSshKeyType, type SshKeyType } from './key-types.ts';

/** A public key that passed every structural check. */
export interface ParsedPublicKey {
  type: SshKeyType;
  format: 'openssh' | 'rfc4716' | 'pem';
  /** SSH wire-format blob: what fingerprints hash. */
  blob: Buffer;
  comment: string | undefined;
  bits: number;
}

/** Outcome of parsePublicKeyBody. */
export type ParsedKeyResult = { ok: true; key: ParsedPublicKey } | { ok: false; reason: string };

/** Markers of private keys in formats that are not PEM-armoured public keys. */
const PRIVATE_MARKERS: ReadonlyArray<[RegExp, string]> = [
  [/-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----/, 'PEM $1'],
  [/^PuTTY-User-Key-File-\d+:/m, 'PuTTY .ppk'],
  [/^---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----/m, 'SSH2 ENCRYPTED PRIVATE KEY'],
];

/** Parses a PublicKeyBody in OpenSSH, RFC 4716 or PEM form, never throwing. */
export function parsePublicKeyBody(text: string): ParsedKeyResult {
  if (typeof text !== 'string') return { ok: false, reason: `public key body is a ${typeof text}, not a string` };
  if (text.trim() === '') return { ok: false, reason: 'public key body is empty' };
  // Every marker contains one of these words: a public key body is searched twice, not three times.
  const mayBePrivate = text.includes('PRIVATE') || text.includes('PuTTY-User-Key-File-');
  for (const [re, name] of mayBePrivate ? PRIVATE_MARKERS : []) {
    const m = re.exec(text);
    if (m) return { ok: false, reason: `this is a private key (${name.replace('$1', m[1] ?? '')}), not a public key` };
  }
  if (looksLikeRfc4716(text)) return fromArmor(unwrapRfc4716(text), 'rfc4716');
  if (looksLikePem(text)) return fromArmor(unwrapPem(text), 'pem');
  return parseOpenSsh(text);
}

/** Validates an unwrapped armoured blob. */
function fromArmor(r: ArmorResult, format: 'rfc4716' | 'pem'): ParsedKeyResult {
  if (!r.ok) return r;
  const checked = checkBlob(r.blob);
  if (!checked.ok) return { ok: false, reason: `key blob is malformed: ${checked.reason}` };
  return { ok: true, key: parsedKey(checked.info, format, r.blob, r.comment) };
}

/** Parses the one-line `<type> <base64-blob> [comment]` form. */
function parseOpenSsh(text: string): ParsedKeyResult {
  const line = text.trim();
  if (/[\r\n]/.test(line)) return { ok: false, reason: 'OpenSSH public key must be a single line' };
  // OpenSSH separates fields with spaces or tabs only (sshkey_read / authorized_keys).
  const m = /^([^ \t]+)(?:[ \t]+([^ \t]+))?(?:[ \t]+(.*))?$/.exec(line);
  const label = m?.[1] ?? '';
  const encoded = m?.[2];
  const comment = m?.[3];
  if (!isSshKeyType(label)) return { ok: false, reason: unsupportedLabelReason(label) };
  if (encoded === undefined) return { ok: false, reason: `type label ${label} is not followed by a base64 key blob` };
  const decoded = decodeCanonicalBase64(encoded);
  if (!decoded.ok) return decoded;
  const blob = decoded.bytes;
  // The type and the rest in one read: a failure of either is "malformed", as when read apart.
  const checked = checkBlobAs(blob, label);
  if (!checked.ok) return { ok: false, reason: `key blob is malformed: ${checked.reason}` };
  const info = checked.value;
  if ('otherType' in info) {
    return { ok: false, reason: `type label ${label} does not match blob type ${printable(info.otherType)}` };
  }
  return { ok: true, key: parsedKey(info, 'openssh', blob, comment === '' ? undefined : comment) };
}

/** A parsed key, always built with the same fields in the same order: one object shape for every key. */
function parsedKey(info: BlobInfo, format: ParsedPublicKey['format'], blob: Buffer, comment?: string): ParsedPublicKey {
  return { type: info.type, bits: info.bits, format, blob, comment };
}

/** Says what kind of unsupported first token this is. */
function unsupportedLabelReason(label: string): string {
  const shown = printable(label);
  if (label.endsWith('-cert-v01@openssh.com'))
    return `key type ${shown} is an OpenSSH certificate, not a plain public key`;
  if (label.startsWith('sk-')) return `key type ${shown} is a FIDO security-key type, which is not supported`;
  if (/^[a-z0-9-]+(@[a-z0-9.-]+)?$/.test(label) && label.includes('-')) return `key type ${shown} is not supported`;
  return (
    'not a public key: expected "<type> <base64> [comment]", RFC 4716 or PEM, ' +
    `found ${shown} where the key type should be`
  );
}

/** Shows a token in a reason: bare when it is short plain ASCII, else quoted and truncated. */
function printable(s: string): string {
  if (/^[\x21-\x7e]{1,64}$/.test(s)) return s;
  return JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}…` : s);
}
