/**
 * Fresh key pairs for test cases. Cost varies by orders of magnitude: ECDSA P-256 and
 * Ed25519 take well under a millisecond, RSA 4096 can take seconds; prefer
 * DEFAULT_KEY_SPEC when the kind is not the point of the case.
 */
import { createECDH, createPrivateKey, generateKeyPair, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import sshpk from 'sshpk';
import { md5Fingerprint, type Md5Fingerprint } from './fingerprint.ts';
import { keySpecId, sshKeyTypeOfSpec, type KeySpec } from './key-types.ts';
import { encodeString } from './wire.ts';

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

/** A fresh key: its SSH blob, and the private half as node:crypto can import it. */
interface Made {
  blob: Buffer;
  privateKey: { key: Buffer; format: 'der'; type: 'pkcs8' } | { key: JsonWebKey; format: 'jwk' };
}

const CURVES = {
  nistp256: { openssl: 'prime256v1', jwk: 'P-256' },
  nistp384: { openssl: 'secp384r1', jwk: 'P-384' },
  nistp521: { openssl: 'secp521r1', jwk: 'P-521' },
} as const;
const ED25519_BYTES = 32;

/**
 * No KeyObject ever comes out of a generation job here: Node 20 deadlocks when a KeyObject
 * export (JWK seen) holds the key's lock, allocates, and the garbage collection that
 * allocation starts frees the job, whose destructor takes the same lock. Generation jobs
 * encode both halves themselves; an imported key (createPrivateKey) has no job.
 */
const SPKI_DER = { type: 'spki', format: 'der' } as const;
const SPKI_PEM = { type: 'spki', format: 'pem' } as const;
const PKCS8_DER = { type: 'pkcs8', format: 'der' } as const;
const PKCS8_PEM = { type: 'pkcs8', format: 'pem' } as const;

/**
 * ECDSA through ECDH, which hands over the public point itself: the cheapest way to the
 * blob (a run makes hundreds of P-256 keys), and the private half kept as a JWK.
 */
function makeEcdsa(spec: KeySpec & { kind: 'ecdsa' }): Made {
  const curve = CURVES[spec.curve];
  const ecdh = createECDH(curve.openssl);
  const point = ecdh.generateKeys(); // uncompressed: 0x04, X, Y
  const size = (point.length - 1) / 2;
  const jwk: JsonWebKey = {
    kty: 'EC',
    crv: curve.jwk,
    x: point.subarray(1, 1 + size).toString('base64url'),
    y: point.subarray(1 + size).toString('base64url'),
    d: ecdh.getPrivateKey().toString('base64url'),
  };
  const blob = Buffer.concat([encodeString(sshKeyTypeOfSpec(spec)), encodeString(spec.curve), encodeString(point)]);
  return { blob, privateKey: { key: jwk, format: 'jwk' } };
}

/** Ed25519 in place (well under a millisecond); its SPKI DER ends with the 32 key bytes. */
function makeEd25519(): Made {
  const pair = generateKeyPairSync('ed25519', { publicKeyEncoding: SPKI_DER, privateKeyEncoding: PKCS8_DER });
  const blob = Buffer.concat([encodeString('ssh-ed25519'), encodeString(pair.publicKey.subarray(-ED25519_BYTES))]);
  return { blob, privateKey: { key: pair.privateKey, ...PKCS8_DER } };
}

/**
 * RSA and DSA on libuv's threadpool (RSA 4096 can take seconds), so a runner making many
 * keys keeps its event loop free; the blob comes through sshpk from the SPKI PEM.
 */
function makeModular(spec: KeySpec & { kind: 'rsa' | 'dsa' }): Promise<Made> {
  const encodings = { publicKeyEncoding: SPKI_PEM, privateKeyEncoding: PKCS8_DER };
  return new Promise<Made>((resolve, reject) => {
    const done = (err: Error | null, publicKey: string, privateKey: Buffer): void => {
      if (err) reject(err);
      else
        resolve({
          blob: sshpk.parseKey(publicKey, 'pem').toBuffer('rfc4253'),
          privateKey: { key: privateKey, ...PKCS8_DER },
        });
    };
    if (spec.kind === 'rsa') {
      generateKeyPair('rsa', { modulusLength: spec.bits, publicExponent: 0x10001, ...encodings }, done);
    } else {
      // FIPS 186 size pair (1024, 160): the only DSA size SSH allows (ssh-dss is fixed at 1024).
      generateKeyPair('dsa', { modulusLength: spec.bits, divisorLength: 160, ...encodings }, done);
    }
  });
}

/**
 * Elliptic-curve keys are made in place: queued on the threadpool they would wait behind
 * the slow RSA and DSA keys a run prefetches, and hold up the cases that need them.
 */
function make(spec: KeySpec): Made | Promise<Made> {
  if (spec.kind === 'ecdsa') return makeEcdsa(spec);
  if (spec.kind === 'ed25519') return makeEd25519();
  return makeModular(spec);
}

/** Generates a fresh key pair for `spec` and derives its OpenSSH form, blob and MD5 fingerprint. */
export async function generateKey(spec: KeySpec): Promise<GeneratedKey> {
  const { blob, privateKey } = await make(spec);
  let privateKeyPem: string | undefined;
  return {
    spec,
    id: keySpecId(spec),
    publicKey: `${sshKeyTypeOfSpec(spec)} ${blob.toString('base64')}`,
    // Written as PEM when first read: few cases need the private half.
    get privateKeyPem(): string {
      return (privateKeyPem ??= createPrivateKey(privateKey).export(PKCS8_PEM).toString());
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
