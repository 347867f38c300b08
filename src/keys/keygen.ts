/**
 * Fresh key pairs for test cases. Generation runs on libuv's threadpool (the callback
 * form of generateKeyPair) so a runner making many keys keeps its event loop free.
 * Cost varies by orders of magnitude: ECDSA P-256 and Ed25519 take well under a
 * millisecond, RSA 4096 can take seconds; prefer DEFAULT_KEY_SPEC when the kind is
 * not the point of the case.
 */
import { generateKeyPair, generateKeyPairSync, type KeyObject } from 'node:crypto';
import sshpk from 'sshpk';
import { md5Fingerprint, type Md5Fingerprint } from './fingerprint.ts';
import { keySpecId, sshKeyTypeOfSpec, type KeySpec } from './key-types.ts';

/** A generated key pair with everything a case needs about its public half. */
export interface GeneratedKey {
  spec: KeySpec;
  /** keySpecId(spec). */
  id: string;
  /** OpenSSH one-line form, `<type> <base64>`, no comment. */
  publicKey: string;
  /** Unencrypted PKCS#8 PEM (the form CreateKeyPair returns). */
  privateKeyPem: string;
  /** SSH wire-format blob of the public key. */
  blob: Buffer;
  fingerprint: Md5Fingerprint;
}

type Pair = { publicKey: KeyObject; privateKey: KeyObject };

const CURVES = { nistp256: 'prime256v1', nistp384: 'secp384r1', nistp521: 'secp521r1' } as const;

/** Resolves a node:crypto callback into a promise of KeyObjects. */
function settle(resolve: (p: Pair) => void, reject: (e: Error) => void) {
  return (err: Error | null, publicKey: KeyObject, privateKey: KeyObject): void => {
    if (err) reject(err);
    else resolve({ publicKey, privateKey });
  };
}

/**
 * Generates the node:crypto pair for a spec. Elliptic-curve keys take well under a
 * millisecond and are made in place: queued on the threadpool they would wait behind the
 * slow RSA and DSA keys a run prefetches, and hold up the cases that need them.
 */
function generatePair(spec: KeySpec): Promise<Pair> {
  if (spec.kind === 'ed25519') return Promise.resolve(generateKeyPairSync('ed25519'));
  if (spec.kind === 'ecdsa') return Promise.resolve(generateKeyPairSync('ec', { namedCurve: CURVES[spec.curve] }));
  return new Promise<Pair>((resolve, reject) => {
    const done = settle(resolve, reject);
    if (spec.kind === 'rsa') generateKeyPair('rsa', { modulusLength: spec.bits, publicExponent: 0x10001 }, done);
    // FIPS 186 size pair (1024, 160): the only DSA size SSH allows (ssh-dss is fixed at 1024).
    else generateKeyPair('dsa', { modulusLength: spec.bits, divisorLength: 160 }, done);
  });
}

/** An SSH wire string (RFC 4251): a uint32 length, then the bytes. */
function sshString(value: Uint8Array | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * The SSH wire-format blob of a public key. Elliptic-curve keys are written from their JWK
 * coordinates (a run makes hundreds, and this is the cheap way); RSA and DSA go through
 * sshpk from SPKI (JWK has no DSA).
 */
function blobOf(spec: KeySpec, publicKey: KeyObject): Buffer {
  if (spec.kind === 'ecdsa' || spec.kind === 'ed25519') {
    const jwk = publicKey.export({ format: 'jwk' });
    const x = Buffer.from(jwk.x ?? '', 'base64url');
    if (spec.kind === 'ed25519') return Buffer.concat([sshString('ssh-ed25519'), sshString(x)]);
    const point = Buffer.concat([Buffer.of(4), x, Buffer.from(jwk.y ?? '', 'base64url')]);
    return Buffer.concat([sshString(sshKeyTypeOfSpec(spec)), sshString(spec.curve), sshString(point)]);
  }
  const spki = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return sshpk.parseKey(spki, 'pem').toBuffer('rfc4253');
}

/** Generates a fresh key pair for `spec` and derives its OpenSSH form, blob and MD5 fingerprint. */
export async function generateKey(spec: KeySpec): Promise<GeneratedKey> {
  const pair = await generatePair(spec);
  const blob = blobOf(spec, pair.publicKey);
  let privateKeyPem: string | undefined;
  return {
    spec,
    id: keySpecId(spec),
    publicKey: `${sshKeyTypeOfSpec(spec)} ${blob.toString('base64')}`,
    // Exported when first read: few cases need the private half.
    get privateKeyPem(): string {
      return (privateKeyPem ??= pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    },
    blob,
    fingerprint: md5Fingerprint(blob),
  };
}

/** Appends a comment to an OpenSSH one-line key (replacing any it already had). */
export function withComment(publicKey: string, comment: string): string {
  const [type, blob] = publicKey.trim().split(/[ \t]+/);
  const base = `${type ?? ''} ${blob ?? ''}`;
  return comment === '' ? base : `${base} ${comment}`;
}
