/**
 * Strict decoding of `application/x-www-form-urlencoded` bytes (a query string or a form
 * body) into name/value pairs. Strict because a verifier re-encodes what it decoded: any
 * leniency (a stray `%`, bytes that are not UTF-8) would let two different wire strings
 * canonicalise alike, or make the server sign something the client never meant.
 */

/** A decoded parameter. Order is kept as received; duplicates are left to the caller. */
export type Pair = [name: string, value: string];

/** Why a segment could not be decoded, with the raw text to quote in an error message. */
export interface DecodeFailure {
  ok: false;
  /** The decoded name when only the value is broken; undefined when the name is. */
  name: string | undefined;
  /** The raw (still encoded) name as it appeared on the wire. */
  rawName: string;
  reason: 'malformed percent-encoding' | 'invalid UTF-8' | 'empty name';
}

export type DecodeFormResult = { ok: true; pairs: Pair[] } | DecodeFailure;

const AMP = 0x26;
const EQ = 0x3d;
const PLUS = 0x2b;
const PERCENT = 0x25;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes `a=1&b=2` bytes. `+` is a space (form semantics, also applied to queries). */
export function decodeForm(bytes: Uint8Array): DecodeFormResult {
  const pairs: Pair[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(AMP, start);
    if (end < 0) end = bytes.length;
    const segment = bytes.subarray(start, end);
    start = end + 1;
    if (segment.length === 0) continue; // `a=1&&b=2` and a trailing `&` carry nothing
    const eq = segment.indexOf(EQ);
    const rawName = eq < 0 ? segment : segment.subarray(0, eq);
    const rawValue = eq < 0 ? new Uint8Array(0) : segment.subarray(eq + 1);
    const shownName = lenientUtf8.decode(rawName);
    const name = decodeComponent(rawName);
    if (typeof name !== 'string') return { ok: false, name: undefined, rawName: shownName, reason: name.reason };
    if (name === '') return { ok: false, name: undefined, rawName: shownName, reason: 'empty name' };
    const value = decodeComponent(rawValue);
    if (typeof value !== 'string') return { ok: false, name, rawName: shownName, reason: value.reason };
    pairs.push([name, value]);
  }
  return { ok: true, pairs };
}

/** Percent-decodes one component to bytes, then to a string that must be valid UTF-8. */
function decodeComponent(raw: Uint8Array): string | { reason: DecodeFailure['reason'] } {
  const out = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === PERCENT) {
      const hi = hexValue(raw[i + 1]);
      const lo = hexValue(raw[i + 2]);
      if (hi < 0 || lo < 0) return { reason: 'malformed percent-encoding' };
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else {
      out[n++] = b === PLUS ? 0x20 : b;
    }
  }
  try {
    return strictUtf8.decode(out.subarray(0, n));
  } catch {
    return { reason: 'invalid UTF-8' };
  }
}

function hexValue(b: number | undefined): number {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  return -1;
}

const utf8 = new TextEncoder();
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Decodes a query string as decodeForm decodes its UTF-8 bytes, with the same result.
 * An ASCII query (nearly all) is split as text and unescaped by the built-in decoder,
 * without copying it to bytes; anything else, or any segment the built-in refuses, goes
 * the byte way, which also names the problem exactly.
 */
export function decodeQuery(query: string): DecodeFormResult {
  if (!ASCII_ONLY.test(query)) return decodeForm(utf8.encode(query));
  const pairs: Pair[] = [];
  // Segments found by searching, not split into an array first.
  for (let start = 0; start < query.length;) {
    const amp = query.indexOf('&', start);
    const end = amp < 0 ? query.length : amp;
    const eq = query.indexOf('=', start);
    const hasValue = eq >= 0 && eq < end;
    if (end > start) {
      const name = unescapeText(query.slice(start, hasValue ? eq : end));
      const value = hasValue ? unescapeText(query.slice(eq + 1, end)) : '';
      if (name === undefined || name === '' || value === undefined) return decodeForm(utf8.encode(query));
      pairs.push([name, value]);
    }
    start = end + 1;
  }
  return { ok: true, pairs };
}

/** `+` as space, then %XX sequences as UTF-8; undefined when malformed or not UTF-8. */
function unescapeText(raw: string): string | undefined {
  const spaced = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  let p = spaced.indexOf('%');
  if (p < 0) return spaced;
  // Escapes of ASCII bytes (what a signing client escapes: blank, +, /, =, *) are their
  // characters, as decodeURIComponent gives them, without its general machinery; an
  // escape of a byte above 0x7f starts UTF-8, which decodeURIComponent decodes and checks.
  let out = '';
  let from = 0;
  for (; p >= 0; p = spaced.indexOf('%', from)) {
    const hi = hexValue(spaced.charCodeAt(p + 1));
    const lo = hexValue(spaced.charCodeAt(p + 2));
    if (hi < 0 || lo < 0) return undefined; // decodeURIComponent refuses it as well
    const byte = (hi << 4) | lo;
    if (byte > 0x7f) return decodeUtf8Escapes(spaced);
    out += spaced.slice(from, p) + String.fromCharCode(byte);
    from = p + 3;
  }
  return out + spaced.slice(from);
}

function decodeUtf8Escapes(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
