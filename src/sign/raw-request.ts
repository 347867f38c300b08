/**
 * The HTTP request exactly as a server receives it, and its decoding into parameters and
 * headers. Parsing and verification both start here, so they see the same parameters.
 */
import { decodeForm, decodeQuery, type DecodeFailure, type Pair } from './form-decode.ts';

/** An incoming request, node:http style. */
export interface RawHttpRequest {
  method: string;
  /** Path and raw query exactly as received, e.g. `/?A=1`. */
  url: string;
  /** Lower-case names, as node:http delivers them. */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

/** A request split into its decoded parts; query and body pairs stay apart for V3. */
export interface DecodedRequest {
  method: string;
  path: string;
  /** The query string as received (still encoded), which `query` was decoded from. */
  rawQuery: string;
  query: Pair[];
  /** Form-body pairs; empty unless content-type is application/x-www-form-urlencoded. */
  body: Pair[];
  /** Lower-cased names; repeated values joined with `,` as the SDK canonicalises them. */
  headers: Record<string, string>;
  /** Header names that arrived more than once (node:http gives those as arrays). */
  repeatedHeaders: string[];
}

/** A 400 for a request whose parameters cannot be decoded. */
export interface DecodeError {
  ok: false;
  status: 400;
  code: 'InvalidParameter';
  message: string;
}

/** True when the content-type header names a form body (media-type parameters such as charset are ignored). */
export function isFormContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const mediaType = contentType.split(';', 1)[0] ?? '';
  return mediaType.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** Splits a request target into path and raw query (absolute-form targets included). */
export function splitUrl(url: string): { path: string; rawQuery: string } {
  const hash = url.indexOf('#');
  let target = hash < 0 ? url : url.slice(0, hash);
  // Origin-form (`/…`), what clients send, cannot be absolute-form: skip the pattern.
  const absolute = target.startsWith('/') ? null : /^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i.exec(target);
  if (absolute) target = target.slice(absolute[0].length);
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  return { path: path === '' ? '/' : path, rawQuery: q < 0 ? '' : target.slice(q + 1) };
}

/** Decodes query, form body and headers; rejects broken encoding and duplicate names. */
export function decodeRawRequest(raw: RawHttpRequest): { ok: true; request: DecodedRequest } | DecodeError {
  // One copy, read once: usually it is the decoded headers already.
  const copy = { ...raw.headers };
  const repeatedHeaders: string[] = [];
  const headers = inDecodedForm(copy) ? (copy as Record<string, string>) : decodeHeaders(copy, repeatedHeaders);
  return decodeWith(raw, headers, repeatedHeaders);
}

/** What decodeHeaders' fresh object answers for a name before any header is stored under it. */
const INHERITED: Record<string, unknown> = {};

/**
 * True when the headers are what decoding would make of them: one string a name, every name
 * lower-case and every value trimmed (as node:http delivers them), so a copy is their
 * decoded form. The built-ins return the very string they were given when nothing changes.
 */
function inDecodedForm(headers: RawHttpRequest['headers']): boolean {
  // for-in reads values through the object's enumeration cache: a third cheaper than keyed
  // look-ups by Object.keys. It also visits inherited enumerable names, which INHERITED
  // answers as well, so those send the request the general way, as they must.
  for (const name in headers) {
    const value = headers[name];
    if (typeof value !== 'string' || value.trim() !== value || name.toLowerCase() !== name) return false;
    // A name an empty object already answers (`constructor`, `__proto__`, ...) is one that
    // decodeHeaders takes for a repeat: it decodes those requests as it always has.
    if (INHERITED[name] !== undefined) return false;
  }
  return true;
}

/** Lower-cased names, trimmed values, repeated ones joined with `,` (and their names noted in `repeated`). */
function decodeHeaders(raw: RawHttpRequest['headers'], repeated: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(raw)) {
    const value = raw[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    const earlier = headers[lower];
    if ((Array.isArray(value) && value.length > 1) || earlier !== undefined) repeated.push(lower);
    const joined = typeof value === 'string' ? value.trim() : value.map((v) => v.trim()).join(',');
    headers[lower] = earlier === undefined ? joined : `${earlier},${joined}`;
  }
  return headers;
}

function decodeWith(
  raw: RawHttpRequest,
  headers: Record<string, string>,
  repeatedHeaders: string[],
): { ok: true; request: DecodedRequest } | DecodeError {
  const { path, rawQuery } = splitUrl(raw.url);
  // A literal non-ASCII character in the target is taken as its UTF-8 bytes.
  const query = decodeQuery(rawQuery);
  if (!query.ok) return decodeError(query, 'query string');
  const form = isFormContentType(headers['content-type']) ? decodeForm(raw.body) : { ok: true as const, pairs: [] };
  if (!form.ok) return decodeError(form, 'form body');
  const repeated = firstRepeatedName(query.pairs, form.pairs);
  if (repeated !== undefined) {
    return invalid(`The specified parameter "${repeated}" is not valid: it appears more than once in the request.`);
  }
  return {
    ok: true,
    request: {
      method: raw.method.toUpperCase(),
      path,
      rawQuery,
      query: query.pairs,
      body: form.pairs,
      headers,
      repeatedHeaders,
    },
  };
}

/** Up to this many pairs, names are compared with the earlier ones directly: no Set to build. */
const FEW_PAIRS = 16;

/** The first parameter name seen a second time, across the query and the form body. */
function firstRepeatedName(query: readonly Pair[], form: readonly Pair[]): string | undefined {
  if (form.length === 0 && query.length <= FEW_PAIRS) {
    for (let j = 1; j < query.length; j++) {
      const name = query[j]![0];
      for (let i = 0; i < j; i++) if (query[i]![0] === name) return name;
    }
    return undefined;
  }
  const seen = new Set<string>();
  for (const pairs of [query, form]) {
    for (const [name] of pairs) {
      if (seen.has(name)) return name;
      seen.add(name);
    }
  }
  return undefined;
}

function decodeError(f: DecodeFailure, where: string): DecodeError {
  switch (f.reason) {
    case 'empty name':
      return invalid(`A parameter in the ${where} has an empty name.`);
    case 'malformed percent-encoding':
    case 'invalid UTF-8':
      return f.name === undefined
        ? invalid(`The specified parameter name "${f.rawName}" in the ${where} is not valid: ${f.reason}.`)
        : invalid(
            `The specified parameter "${f.name}" is not valid: its value in the ${where} has ${describe(f.reason)}.`,
          );
  }
}

function describe(reason: 'malformed percent-encoding' | 'invalid UTF-8'): string {
  return reason === 'invalid UTF-8' ? 'bytes that are not valid UTF-8' : 'malformed percent-encoding';
}

function invalid(message: string): DecodeError {
  return { ok: false, status: 400, code: 'InvalidParameter', message };
}
