/**
 * Structural validation of an SSH public-key blob (RFC 4253 §6.6, RFC 5656 §3.1,
 * RFC 8709 §4): every field present, nothing left over. It checks structure, not
 * mathematics (an ECDSA point is not checked to lie on its curve), which is what a
 * service must do before it can hash the blob into a fingerprint.
 */
import { isSshKeyType, type SshKeyType } from './key-types.ts';
import { bitLength, readWire, WireError, type WireReader, type WireResult } from './wire.ts';

/** What a structurally valid blob holds. */
export interface BlobInfo {
  type: SshKeyType;
  /** Modulus size (RSA), prime p size (DSA), curve size (ECDSA), 256 (Ed25519). */
  bits: number;
}

/** Result of checking a blob. */
export type BlobResult = { ok: true; info: BlobInfo } | { ok: false; reason: string };

/** Curve sizes in bits and the length of one affine coordinate in bytes. */
const CURVES = {
  nistp256: { bits: 256, coord: 32 },
  nistp384: { bits: 384, coord: 48 },
  nistp521: { bits: 521, coord: 66 },
} as const;

/** Reads the blob's leading type string (the "inner" type). */
export function blobTypeName(blob: Uint8Array): WireResult<string> {
  return readWire(blob, (rd) => rd.ascii('key type'));
}

/** Checks that `blob` is one complete public key of a supported type. */
export function checkBlob(blob: Uint8Array): BlobResult {
  const r = readWire(blob, (rd): BlobInfo => {
    const name = rd.ascii('key type');
    if (!isSshKeyType(name)) throw new WireError(`blob type ${JSON.stringify(name)} is not a supported key type`);
    const bits = readBody(name, rd);
    rd.end();
    return { type: name, bits };
  });
  return r.ok ? { ok: true, info: r.value } : { ok: false, reason: r.reason };
}

/**
 * checkBlob for a blob that must be of type `label` (an OpenSSH line's label): the type is
 * read once, and a blob of another type gives that type's name instead of being checked.
 */
export function checkBlobAs(blob: Uint8Array, label: SshKeyType): WireResult<BlobInfo | { otherType: string }> {
  return readWire(blob, (rd): BlobInfo | { otherType: string } => {
    const name = rd.ascii('key type');
    if (name !== label) return { otherType: name };
    const bits = readBody(label, rd);
    rd.end();
    return { type: label, bits };
  });
}

/** Reads the type-specific fields and returns the key size in bits. */
function readBody(type: SshKeyType, rd: WireReader): number {
  switch (type) {
    case 'ssh-rsa': {
      positive(rd, 'RSA exponent e');
      return bitLength(positive(rd, 'RSA modulus n'));
    }
    case 'ssh-dss': {
      const p = positive(rd, 'DSA prime p');
      positive(rd, 'DSA subprime q');
      positive(rd, 'DSA generator g');
      positive(rd, 'DSA public value y');
      return bitLength(p);
    }
    case 'ecdsa-sha2-nistp256':
    case 'ecdsa-sha2-nistp384':
    case 'ecdsa-sha2-nistp521': {
      const expected = type.slice('ecdsa-sha2-'.length) as keyof typeof CURVES;
      const curve = rd.ascii('curve identifier');
      if (curve !== expected) {
        throw new WireError(`curve identifier ${JSON.stringify(curve)} does not match key type ${type}`);
      }
      const { bits, coord } = CURVES[expected];
      const q = rd.bytes('ECDSA point');
      // Only the uncompressed form (0x04 || x || y) is allowed in SSH (RFC 5656 §3.1).
      if (q.length !== 1 + 2 * coord) {
        throw new WireError(`ECDSA point is ${q.length} bytes, expected ${1 + 2 * coord} for ${expected}`);
      }
      if (q[0] !== 0x04) throw new WireError(`ECDSA point does not start with 0x04 (uncompressed form)`);
      return bits;
    }
    case 'ssh-ed25519': {
      const k = rd.bytes('Ed25519 key');
      if (k.length !== 32) throw new WireError(`Ed25519 key is ${k.length} bytes, expected 32`);
      return 256;
    }
  }
}

/** Reads an mpint that must be greater than zero. */
function positive(rd: WireReader, what: string): Uint8Array {
  const m = rd.mpint(what);
  if (m.length === 0) throw new WireError(`${what} is zero`);
  return m;
}
