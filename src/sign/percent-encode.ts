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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Unreserved characters, `=`, `&` and `%` only; every `%` starting an uppercase escape.
const CANONICAL_QUERY_CHARS = /^[A-Za-z0-9\-_.~=&%]*$/;
const BAD_ESCAPE = /%(?![0-9A-F]{2})/;
// An escaped unreserved byte (`%41` for `A`): canonical form writes it literally.
const ESCAPED_UNRESERVED = /%(?:2[DE]|3[0-9]|4[1-9A-F]|5[0-9AF]|6[1-9A-F]|7[0-9AE])/;

/**
 * True when `raw`, a query string as received, is already canonicalQuery of the pairs it
 * decodes to (when it decodes at all), so a verifier can sign it as it came instead of
 * re-encoding every value: only unreserved characters and escapes of bytes that need one
 * (uppercase hex), every segment `name=value` with a name, in canonicalQuery's order.
 * A client that signs as the SDK does sends exactly that.
 */
export function isCanonicalQuery(raw: string): boolean {
  if (!CANONICAL_QUERY_CHARS.test(raw) || BAD_ESCAPE.test(raw) || ESCAPED_UNRESERVED.test(raw)) return false;
  if (raw === '') return true;
  let previous: string[] | undefined;
  for (const segment of raw.split('&')) {
    const pair = segment.split('=');
    // `=` inside a name or value is escaped in canonical form, so a segment has exactly one.
    if (pair.length !== 2 || pair[0] === '') return false;
    if (previous !== undefined && (cmp(previous[0]!, pair[0]!) || cmp(previous[1]!, pair[1]!)) > 0) return false;
    previous = pair;
  }
  return true;
}
