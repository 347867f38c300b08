/**
 * SSH wire format (RFC 4251 §5): uint32 big-endian lengths, length-prefixed strings and
 * mpints. The reader throws only WireError, which `readWire` turns into a result, so a
 * malformed blob can never escape as an unexpected exception.
 */

/** A structural problem in a wire-format buffer; caught by `readWire`. */
export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}

/** Names up to this long are made in one call (its arguments go on the stack, so not for any length). */
const MAX_NAME_BYTES = 64;

/** Sequential reader over one wire-format buffer. */
export class WireReader {
  readonly #buf: Uint8Array;
  #offset = 0;

  constructor(buf: Uint8Array) {
    this.#buf = buf;
  }

  /** Bytes not yet consumed. */
  get remaining(): number {
    return this.#buf.length - this.#offset;
  }

  /** Current read position, for error messages. */
  get offset(): number {
    return this.#offset;
  }

  /** Reads a uint32 (big-endian). */
  uint32(what = 'length'): number {
    if (this.remaining < 4) {
      throw new WireError(`blob ends at byte ${this.#offset} before the 4-byte ${what} field`);
    }
    const b = this.#buf;
    const o = this.#offset;
    // Multiplication instead of `<<` keeps values above 2^31 positive.
    const v = (b[o] ?? 0) * 0x1000000 + (((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0));
    this.#offset += 4;
    return v;
  }

  /** Reads a length-prefixed byte string. */
  bytes(what = 'string'): Uint8Array {
    const start = this.#span(what);
    return this.#buf.subarray(start, this.#offset);
  }

  /** Reads a length-prefixed string that must be printable ASCII (type and curve names). */
  ascii(what = 'string'): string {
    const start = this.#span(what);
    const end = this.#offset;
    const b = this.#buf;
    for (let i = start; i < end; i++) {
      const c = b[i]!;
      if (c < 0x20 || c > 0x7e)
        throw new WireError(`${what} contains a non-printable byte 0x${c.toString(16).padStart(2, '0')}`);
    }
    // Straight from the buffer, without a view of it (every key parse reads three names).
    if (b instanceof Buffer) return b.toString('latin1', start, end);
    if (end - start <= MAX_NAME_BYTES)
      return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(b[i]!);
    return text;
  }

  /**
   * Reads a string's length, checks that the string is all there and moves past it; returns
   * where it starts (it ends at the new offset). Messages are built only for a failure.
   */
  #span(what: string): number {
    const at = this.#offset;
    if (this.remaining < 4) throw new WireError(`blob ends at byte ${at} before the 4-byte ${what} length field`);
    const len = this.uint32();
    if (len > this.remaining) {
      throw new WireError(`${what} at byte ${at} declares ${len} bytes but only ${this.remaining} remain`);
    }
    this.#offset += len;
    return at + 4;
  }

  /** Reads a non-negative mpint and returns its magnitude (leading zero bytes stripped). */
  mpint(what = 'mpint'): Uint8Array {
    const raw = this.bytes(what);
    // OpenSSH (sshbuf_get_bignum2) refuses negative values; so do we.
    if (raw.length > 0 && ((raw[0] ?? 0) & 0x80) !== 0) throw new WireError(`${what} is negative`);
    let start = 0;
    while (start < raw.length && raw[start] === 0) start++;
    return raw.subarray(start);
  }

  /** Fails unless every byte has been consumed. */
  end(): void {
    if (this.remaining !== 0) {
      throw new WireError(`blob has ${this.remaining} trailing byte(s) after the key`);
    }
  }
}

/** Result of reading a buffer with `readWire`. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs `fn` over a reader on `buf`, turning a WireError into `{ ok: false }`. */
export function readWire<T>(buf: Uint8Array, fn: (r: WireReader) => T): WireResult<T> {
  try {
    return { ok: true, value: fn(new WireReader(buf)) };
  } catch (e) {
    if (e instanceof WireError) return { ok: false, reason: e.message };
    throw e;
  }
}

/** Encodes a uint32 big-endian. */
export function encodeUint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}

/** Encodes a length-prefixed string (ASCII text or raw bytes). */
export function encodeString(data: string | Uint8Array): Buffer {
  const body = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
  return Buffer.concat([encodeUint32(body.length), body]);
}

/** Encodes a non-negative magnitude as a minimal mpint (zero byte added when the high bit is set). */
export function encodeMpint(magnitude: Uint8Array): Buffer {
  let start = 0;
  while (start < magnitude.length && magnitude[start] === 0) start++;
  const m = Buffer.from(magnitude.subarray(start));
  const body = m.length > 0 && ((m[0] ?? 0) & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), m]) : m;
  return encodeString(body);
}

/** Number of significant bits in a big-endian magnitude. */
export function bitLength(magnitude: Uint8Array): number {
  let i = 0;
  while (i < magnitude.length && magnitude[i] === 0) i++;
  const first = magnitude[i];
  if (first === undefined) return 0;
  return (magnitude.length - i - 1) * 8 + (32 - Math.clz32(first));
}
