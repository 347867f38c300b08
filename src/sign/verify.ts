/**
 * Verifies a parsed RPC call's signature (V3 or V1), time stamp and nonce. Pure: the
 * clock, the key store and the nonce memory are injected, and the caller records the
 * nonce of an accepted request itself.
 *
 * Choices where the real service's behaviour is not pinned down (API-FACTS.md):
 * - Missing signature parts (no AccessKeyId, SignatureMethod, nonce, x-acs-date, a
 *   required header left out of SignedHeaders, ...) are all 400 IncompleteSignature
 *   naming the part, never MissingParameter: one code for "cannot even be verified".
 * - An unsupported SignatureMethod or SignatureVersion is IncompleteSignature too.
 * - A time stamp that cannot be read is 400 InvalidTimeStamp.Format (an Alibaba code not
 *   in API-FACTS.md's table; [I]).
 * Order of checks: completeness, key, signature, body hash, time, nonce; an unsigned
 * caller thus learns nothing about time or nonce state.
 */
import type { Pair } from './form-decode.ts';
import { decodeRawRequest, isFormContentType, type DecodedRequest, type RawHttpRequest } from './raw-request.ts';
import type { RpcAuth, RpcCall } from './rpc-request.ts';
import { isCanonicalQuery } from './percent-encode.ts';
import { signV1, stringToSignV1 } from './sign-v1.ts';
import { hashPayload, signV3 } from './sign-v3.ts';

export interface VerifyEnv {
  now: Date;
  lookupSecret(accessKeyId: string): string | undefined;
  nonceSeen(accessKeyId: string, nonce: string): boolean;
}

export type VerifyResult =
  { ok: true; accessKeyId: string; nonce: string } | { ok: false; status: number; code: string; message: string };

type Failure = Extract<VerifyResult, { ok: false }>;
type V3Auth = Extract<RpcAuth, { scheme: 'v3' }>;
type V1Auth = Extract<RpcAuth, { scheme: 'v1' }>;

/** How far a request's time may be from the server's clock, either way. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** Verifies `call` (parsed from `raw`) against the key store, clock and nonce memory in `env`. */
export function verifyRequest(raw: RawHttpRequest, call: RpcCall, env: VerifyEnv): VerifyResult {
  if (call.auth.scheme === 'none') return unsigned();
  // Decode rather than trust call.params: the signature covers the common parameters
  // that parsing strips, and V3 signs the query apart from the body.
  const decoded = decodeRawRequest(raw);
  if (!decoded.ok) return decoded;
  return verifyDecoded(decoded.request, raw.body, call, env);
}

/** verifyRequest for the request already decoded from the raw one (decodeRawRequest) and its body. */
export function verifyDecoded(req: DecodedRequest, body: Uint8Array, call: RpcCall, env: VerifyEnv): VerifyResult {
  const auth = call.auth;
  if (auth.scheme === 'none') return unsigned();
  return auth.scheme === 'v3' ? verifyV3(req, body, auth, env) : verifyV1(req, auth, env);
}

function unsigned(): Failure {
  return incomplete('The request carries neither an Authorization header nor a Signature parameter');
}

function verifyV3(req: DecodedRequest, body: Uint8Array, auth: V3Auth, env: VerifyEnv): VerifyResult {
  const missing = missingV3Part(req, auth);
  if (missing !== undefined) return incomplete(missing);
  const secret = env.lookupSecret(auth.accessKeyId);
  if (secret === undefined) return keyNotFound();
  const signed = signV3({
    method: req.method,
    path: req.path,
    query: req.query,
    // A query that came canonical (as signing clients send it) is signed as it came, not re-encoded.
    canonicalQuery: isCanonicalQuery(req.rawQuery) ? req.rawQuery : undefined,
    headers: req.headers,
    signedHeaders: auth.signedHeaders,
    body,
    secret,
  });
  if (!sameText(signed.signature, auth.signature)) return mismatch(signed.stringToSign);
  // The client's claimed payload hash must be the body we got; the canonical request used
  // the real body, so this only catches a client that signed one body and sent another.
  if (req.headers['x-acs-content-sha256'] !== hashPayload(body)) return mismatch(signed.stringToSign);
  return checkTimeAndNonce(auth.accessKeyId, auth.date ?? '', auth.nonce ?? '', env);
}

/** Names the first part a V3 request lacks to be verifiable, if any. */
function missingV3Part(req: DecodedRequest, auth: V3Auth): string | undefined {
  const h = req.headers;
  if (!auth.date) return 'The required header "x-acs-date" is missing';
  if (!auth.nonce) return 'The required header "x-acs-signature-nonce" is missing';
  if (!h['x-acs-content-sha256']) return 'The required header "x-acs-content-sha256" is missing';
  const signed = auth.signedHeaders;
  // Whatever a server acts on must be signed: host, every x-acs-* header, and the
  // content-type when it makes the body a source of parameters. A handful of names each:
  // lists are cheaper than sets here, and the first unsigned one is found in one pass.
  let host = false;
  let unsigned: string | undefined;
  for (const name of Object.keys(h)) {
    // The first character first: most names that are not to be signed are out after one comparison.
    if (name !== 'host' && (name.charCodeAt(0) !== 0x78 || !name.startsWith('x-acs-'))) continue;
    if (name === 'host') host = true;
    if (unsigned === undefined && !signed.includes(name)) unsigned = name;
  }
  if (unsigned === undefined && isFormContentType(h['content-type']) && !signed.includes('content-type'))
    unsigned = 'content-type';
  if (!host) return 'The required header "host" is missing';
  if (unsigned !== undefined) return `The header "${unsigned}" is not listed in SignedHeaders`;
  for (const name of signed) {
    if (h[name] === undefined) return `The signed header "${name}" is not present in the request`;
  }
  return undefined;
}

function verifyV1(req: DecodedRequest, auth: V1Auth, env: VerifyEnv): VerifyResult {
  const missing = missingV1Part(auth);
  if (missing !== undefined) return incomplete(missing);
  const secret = env.lookupSecret(auth.accessKeyId);
  if (secret === undefined) return keyNotFound();
  // GET carries everything in the query; POST may split it between query and form body.
  const params = toRecord([...req.query, ...req.body]);
  if (!sameText(signV1(req.method, params, secret), auth.signature)) {
    return mismatch(stringToSignV1(req.method, params));
  }
  return checkTimeAndNonce(auth.accessKeyId, auth.timestamp ?? '', auth.nonce ?? '', env);
}

function missingV1Part(auth: V1Auth): string | undefined {
  if (auth.accessKeyId === '') return 'The parameter "AccessKeyId" is missing';
  if (auth.signature === '') return 'The parameter "Signature" is empty';
  if (auth.signatureMethod === undefined) return 'The parameter "SignatureMethod" is missing';
  if (auth.signatureMethod !== 'HMAC-SHA1') return `SignatureMethod "${auth.signatureMethod}" is not supported`;
  if (auth.signatureVersion === undefined) return 'The parameter "SignatureVersion" is missing';
  if (auth.signatureVersion !== '1.0') return `SignatureVersion "${auth.signatureVersion}" is not supported`;
  if (!auth.timestamp) return 'The parameter "Timestamp" is missing';
  if (!auth.nonce) return 'The parameter "SignatureNonce" is missing';
  return undefined;
}

function checkTimeAndNonce(accessKeyId: string, time: string, nonce: string, env: VerifyEnv): VerifyResult {
  const t = parseUtcTimestamp(time);
  if (t === undefined) {
    return fail(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
  }
  if (Math.abs(env.now.getTime() - t) > MAX_CLOCK_SKEW_MS) {
    return fail(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }
  if (env.nonceSeen(accessKeyId, nonce)) {
    return fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  }
  return { ok: true, accessKeyId, nonce };
}

const UTC_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** Parses `YYYY-MM-DDThh:mm:ss[.fff]Z` strictly (no offsets, no impossible dates). */
export function parseUtcTimestamp(s: string): number | undefined {
  // A busy client stamps many requests with the same second: remember the last answer.
  if (s === lastStamp.text) return lastStamp.value;
  const value = parseStamp(s);
  lastStamp = { text: s, value };
  return value;
}

let lastStamp: { text: string; value: number | undefined } = { text: '', value: undefined };

function parseStamp(s: string): number | undefined {
  const m = UTC_TIMESTAMP.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const t = Date.UTC(y, mo - 1, d, h, mi, se, ms);
  const back = new Date(t);
  // Date.UTC rolls 2023-02-30 over to March; a round trip exposes such dates.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59 || se > 59) return undefined;
  return t;
}

function toRecord(pairs: readonly Pair[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) {
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Constant-time string equality, so a forger cannot learn the signature byte by byte: every
 * code unit is compared, whatever differs first. Equal to comparing the UTF-8 bytes when one
 * side is ASCII, as a computed signature (hex) always is.
 */
function sameText(expected: string, got: string): boolean {
  if (expected.length !== got.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ got.charCodeAt(i);
  return diff === 0;
}

function mismatch(stringToSign: string): Failure {
  return fail(
    400,
    'SignatureDoesNotMatch',
    `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
  );
}

function keyNotFound(): Failure {
  return fail(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
}

function incomplete(reason: string): Failure {
  return fail(400, 'IncompleteSignature', `The request signature does not conform to Aliyun standards. ${reason}.`);
}

function fail(status: number, code: string, message: string): Failure {
  return { ok: false, status, code, message };
}
