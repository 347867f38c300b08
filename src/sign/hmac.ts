/**
 * HMAC-SHA256 (RFC 2104) as two one-shot SHA-256 hashes: H((K ^ opad) || H((K ^ ipad) || m)).
 * The padded keys are prepared once per secret and the message is written after them in a
 * buffer kept for that secret, so a signature costs two hashes, without the KeyObject, the
 * Hmac object and its stream machinery createHmac builds for every request. The verifier
 * computes one a request with one of a handful of secrets.
 */
import { createHmac, hash } from 'node:crypto';

const BLOCK = 64;
const DIGEST = 32;
/** Messages up to this many UTF-16 units (3 bytes each at most) are written into the kept buffer. */
const MAX_INLINE_UNITS = 1024;
/** Secrets remembered; more are unusual (the emulator is configured with one or two). */
const MAX_SECRETS = 32;

interface Pads {
  /** K ^ ipad, then room for the message. */
  inner: Buffer;
  /** K ^ opad, then room for the inner digest. */
  outer: Buffer;
}

const padsBySecret = new Map<string, Pads>();

function padsOf(secret: string): Pads {
  const known = padsBySecret.get(secret);
  if (known !== undefined) return known;
  let key = Buffer.from(secret, 'utf8');
  // A key longer than a block is replaced by its hash (RFC 2104 §2), as createHmac does.
  if (key.length > BLOCK) key = hash('sha256', key, 'buffer');
  const inner = Buffer.alloc(BLOCK + 3 * MAX_INLINE_UNITS);
  const outer = Buffer.alloc(BLOCK + DIGEST);
  for (let i = 0; i < BLOCK; i++) {
    const k = key[i] ?? 0;
    inner[i] = k ^ 0x36;
    outer[i] = k ^ 0x5c;
  }
  if (padsBySecret.size >= MAX_SECRETS) padsBySecret.clear();
  padsBySecret.set(secret, { inner, outer });
  return { inner, outer };
}

/** hex(HMAC-SHA256(utf8(secret), utf8(message))), equal to createHmac's for every input. */
export function hmacSha256Hex(secret: string, message: string): string {
  if (message.length > MAX_INLINE_UNITS) return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
  const { inner, outer } = padsOf(secret);
  // hash() runs to completion before anything else can use the buffers: no request sees another's bytes.
  const length = inner.write(message, BLOCK, 'utf8');
  // The digest as 'binary' (latin1) text is one character a byte: written back, it is the bytes.
  outer.write(hash('sha256', inner.subarray(0, BLOCK + length), 'binary'), BLOCK, 'binary');
  return hash('sha256', outer, 'hex');
}
