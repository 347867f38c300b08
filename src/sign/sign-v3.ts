/**
 * ACS3-HMAC-SHA256 (signature V3), what the official SDK signs with by default. The
 * request is described by a canonical request whose SHA-256 is HMAC'd with the secret;
 * the result travels in the `Authorization` header.
 */
import { hash } from 'node:crypto';
import { hmacSha256Hex } from './hmac.ts';
import { canonicalQuery } from './percent-encode.ts';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** hex(sha256("")): the payload hash of an empty body. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** What a V3 canonical request is computed from. */
export interface CanonicalRequestV3Input {
  method: string;
  path: string;
  /** Decoded name/value pairs; they are RFC 3986-encoded and sorted here. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Any case; looked up case-insensitively. */
  headers: Record<string, string>;
  signedHeaders: readonly string[];
  body: Uint8Array | string;
  /** canonicalQuery(query) when the caller already has it (a verifier whose raw query was canonical). */
  canonicalQuery?: string;
}

/** hex(sha256(body)), the `x-acs-content-sha256` value. */
export function hashPayload(body: Uint8Array | string): string {
  // Most bodies are empty (the SDK sends everything in the query): no hashing needed.
  return body.length === 0 ? EMPTY_BODY_SHA256 : hash('sha256', body, 'hex');
}

/** Lower-cased, trimmed, de-duplicated and sorted header names, as they are signed. */
export function normaliseSignedHeaders(names: readonly string[]): string[] {
  return [...normalised(names)];
}

/** normaliseSignedHeaders without the copy: `names` itself when it is normalised already (read-only use). */
function normalised(names: readonly string[]): readonly string[] {
  // Clients send them normalised already (the SDK does): checking is cheaper than redoing.
  if (isNormalised(names)) return names;
  return [...new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n !== ''))].sort();
}

/** True when every name is trimmed, lower-case and non-empty, and the list strictly ascending. */
function isNormalised(names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n === '' || !isOwnSignedForm(n) || (i > 0 && !(names[i - 1]! < n))) return false;
  }
  return true;
}

/**
 * `name === name.trim().toLowerCase()`, answered by the built-ins without making a string:
 * each returns the very string it was given when there is nothing to change.
 */
function isOwnSignedForm(name: string): boolean {
  return name.toLowerCase() === name && name.trim() === name;
}

/** True when every header name is its own trimmed lower-case form (a decoded request's are). */
function plainLowerNames(headers: Record<string, string>): boolean {
  for (const k of Object.keys(headers)) if (!isOwnSignedForm(k)) return false;
  return true;
}

/** The headers signed by default: host, content-type if present, and every x-acs-* header. */
export function defaultSignedHeaders(headers: Record<string, string>): string[] {
  return normaliseSignedHeaders(
    Object.keys(headers).filter((n) => {
      const l = n.trim().toLowerCase();
      return l === 'host' || l === 'content-type' || l.startsWith('x-acs-');
    }),
  );
}

/** METHOD \n path \n query \n canonical headers \n signed headers \n hex(sha256(body)). */
export function canonicalRequestV3(input: CanonicalRequestV3Input): string {
  const headers = input.headers;
  // Names already in their lower-case form are looked up as they are; others through a map.
  const lower = plainLowerNames(headers) ? undefined : lowerCaseMap(headers);
  const signed = normalised(input.signedHeaders);
  // A signed header the request does not carry is canonicalised with an empty value,
  // so the signature cannot match by accident; the verifier reports it earlier anyway.
  let canonicalHeaders = '';
  let signedList = '';
  for (let i = 0; i < signed.length; i++) {
    const n = signed[i]!;
    const value = lower === undefined ? (Object.hasOwn(headers, n) ? headers[n] : undefined) : lower.get(n);
    canonicalHeaders += `${n}:${(value ?? '').trim()}\n`;
    signedList += i === 0 ? n : `;${n}`;
  }
  const query = input.canonicalQuery ?? canonicalQuery(input.query);
  const method = input.method.toUpperCase();
  return `${method}\n${input.path}\n${query}\n${canonicalHeaders}\n${signedList}\n${hashPayload(input.body)}`;
}

/** Header values by trimmed lower-case name; the last of names that fold together wins. */
function lowerCaseMap(headers: Record<string, string>): Map<string, string> {
  const lower = new Map<string, string>();
  for (const k of Object.keys(headers)) lower.set(k.trim().toLowerCase(), headers[k]!);
  return lower;
}

/** Every intermediate value of a V3 signature, so a mismatch can be explained. */
export interface SignV3Result {
  canonicalRequest: string;
  hashedCanonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/** Signs a canonical request: hex(HMAC-SHA256(secret, "ACS3-HMAC-SHA256\n" + hex(sha256(CR)))). */
export function signV3(input: CanonicalRequestV3Input & { secret: string }): SignV3Result {
  const canonicalRequest = canonicalRequestV3(input);
  // One-shot hash(): no Hash object and stream machinery for each request.
  const hashedCanonicalRequest = hash('sha256', canonicalRequest, 'hex');
  const stringToSign = `${V3_ALGORITHM}\n${hashedCanonicalRequest}`;
  // Two one-shot hashes over pads prepared per secret: no Hmac object a request.
  const signature = hmacSha256Hex(input.secret, stringToSign);
  return { canonicalRequest, hashedCanonicalRequest, stringToSign, signature };
}

/** Inputs to {@link signRequestV3}; time and nonce are injected so signing stays pure. */
export interface SignRequestV3Input {
  method?: 'POST' | 'GET';
  host: string;
  action: string;
  version: string;
  params: Record<string, string>;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** `YYYY-MM-DDThh:mm:ssZ` */
  date: string;
  nonce: string;
  body?: Uint8Array;
  /** Sent and signed as `content-type` when given (e.g. for a form body). */
  contentType?: string;
}

/** A signed V3 request, ready to send: `path + '?' + query`, these headers, the body. */
export interface SignedRequestV3 {
  method: string;
  path: '/';
  /** Already RFC 3986-encoded and sorted; empty when there are no params. */
  query: string;
  headers: Record<string, string>;
}

/** Signs an RPC call the way the official SDK does: params in the query, action in headers. */
export function signRequestV3(input: SignRequestV3Input): SignedRequestV3 {
  const method = input.method ?? 'POST';
  const body = input.body ?? new Uint8Array(0);
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': input.date,
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': hashPayload(body),
  };
  if (input.contentType !== undefined) headers['content-type'] = input.contentType;
  if (input.securityToken !== undefined && input.securityToken !== '') {
    // The SDK sends the key id beside the STS token; mirror it so traces look alike.
    headers['x-acs-accesskey-id'] = input.accessKeyId;
    headers['x-acs-security-token'] = input.securityToken;
  }
  const query = Object.entries(input.params);
  const signedHeaders = defaultSignedHeaders(headers);
  const { signature } = signV3({
    method,
    path: '/',
    query,
    headers,
    signedHeaders,
    body,
    secret: input.accessKeySecret,
  });
  headers['authorization'] =
    `${V3_ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
  return { method, path: '/', query: canonicalQuery(query), headers };
}
