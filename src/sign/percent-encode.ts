/**
 * RFC 3986 percent-encoding as both Alibaba signature versions define it: UTF-8 bytes,
 * only the unreserved set left literal. Everything that canonicalises a parameter list
 * goes through here so that signer and verifier can never disagree on a byte.
 */

const HEX = '0123456789ABCDEF';
const utf8 = new TextEncoder();

/** True for the RFC 3986 unreserved bytes `A-Z a-z 0-9 - _ . ~`. */
function isUnreserved(b: number): boolean {
  return (
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    (b >= 0x30 && b <= 0x39) || // 0-9
    b === 0x2d ||
    b === 0x5f ||
    b === 0x2e ||
    b === 0x7e // - _ . ~
  );
}

const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;
// What encodeURIComponent leaves literal beyond the unreserved set.
const SUB_DELIMS = /[!'()*]/g;
const hexEscape = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** Percent-encodes `s` per RFC 3986 (UTF-8, uppercase hex; space is %20, `*` is %2A). */
export function percentEncode(s: string): string {
  // Every request canonicalises its whole query: most values need no encoding, and the
  // built-in encoder does the rest at native speed, with the same output.
  if (UNRESERVED_ONLY.test(s)) return s;
  try {
    return encodeURIComponent(s).replace(SUB_DELIMS, hexEscape);
  } catch {
    return encodeBytes(s); // a lone surrogate: encodeURIComponent throws, TextEncoder does not
  }
}

function encodeBytes(s: string): string {
  // TextEncoder never throws: a lone surrogate becomes U+FFFD, so the encoder is total.
  const bytes = utf8.encode(s);
  let out = '';
  for (const b of bytes) {
    out += isUnreserved(b) ? String.fromCharCode(b) : '%' + HEX[b >> 4] + HEX[b & 0xf];
  }
  return out;
}

/** Encodes names and values, sorts by encoded name then value, joins `k=v` with `&`. */
export function canonicalQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  const encoded = pairs.map(([k, v]) => [percentEncode(k), percentEncode(v)] as const);
  // Plain code-unit comparison (not localeCompare): the encoded strings are ASCII and the
  // order must match byte order, as the server's sort does.
  encoded.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  return encoded.map(([k, v]) => `${k}=${v}`).join('&');
}

function cmp<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The value of an uppercase hex digit (`0-9A-F`), or -1. */
function upperHex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

// Unreserved characters, `=`, `&` and `%` only.
const CANONICAL_QUERY_CHARS = /^[A-Za-z0-9\-_.~=&%]*$/;

/**
 * True when `raw`, a query string as received, is already canonicalQuery of the pairs it
 * decodes to (when it decodes at all), so a verifier can sign it as it came instead of
 * re-encoding every value: only unreserved characters and escapes of bytes that need one
 * (uppercase hex), every segment `name=value` with a name, in canonicalQuery's order.
 * A client that signs as the SDK does sends exactly that. Nothing is split or copied: one
 * pattern checks the characters, and the built-in searches find escapes and separators.
 */
export function isCanonicalQuery(raw: string): boolean {
  if (!CANONICAL_QUERY_CHARS.test(raw)) return false;
  for (let p = raw.indexOf('%'); p >= 0; p = raw.indexOf('%', p + 3)) {
    const hi = upperHex(raw.charCodeAt(p + 1));
    const lo = upperHex(raw.charCodeAt(p + 2));
    // An escaped unreserved byte (`%41` for `A`) is written literally in canonical form.
    if (hi < 0 || lo < 0 || isUnreserved((hi << 4) | lo)) return false;
  }
  if (raw === '') return true;
  let prevStart = -1;
  let prevEq = -1;
  for (let start = 0; ;) {
    const amp = raw.indexOf('&', start);
    const end = amp < 0 ? raw.length : amp;
    const eq = raw.indexOf('=', start);
    // `=` inside a name or value is escaped in canonical form, so a segment has exactly one.
    if (eq <= start || eq >= end) return false; // no `=`, or an empty name
    const second = raw.indexOf('=', eq + 1);
    if (second >= 0 && second < end) return false;
    if (prevStart >= 0 && afterInOrder(raw, prevStart, prevEq, start, eq, end)) return false;
    if (amp < 0) return true;
    prevStart = start;
    prevEq = eq;
    start = amp + 1;
  }
}

/**
 * True when the segment before (from `prevStart`, its `=` at `prevEq`, ending at the `&`
 * before `start`) sorts after the one from `start` to `end`: by name, then by value.
 */
function afterInOrder(s: string, prevStart: number, prevEq: number, start: number, eq: number, end: number): boolean {
  return (compareRanges(s, prevStart, prevEq, start, eq) || compareRanges(s, prevEq + 1, start - 1, eq + 1, end)) > 0;
}

/** Code-unit order of s[a0, a1) and s[b0, b1), as `<` orders strings. */
function compareRanges(s: string, a0: number, a1: number, b0: number, b1: number): number {
  const n = Math.min(a1 - a0, b1 - b0);
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(a0 + k) - s.charCodeAt(b0 + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return cmp(a1 - a0, b1 - b0);
}
