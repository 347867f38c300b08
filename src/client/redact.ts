/**
 * Redaction: no secret, signature or STS token may leave the client, whether in a report, a
 * recording or a curl line. Structure first (the fields known to carry secrets), then a sweep
 * for every known secret in every encoding it can take on the wire or in an error message.
 */
import type { Exchange } from './exchange.ts';

export const REDACTED = '<redacted>';

// Query / form parameters whose values are secret (V1 signing adds these to the request).
const SECRET_PARAMS = ['Signature', 'SecurityToken', 'AccessKeySecret'];
const SECRET_HEADERS = ['x-acs-security-token'];

/** Returns a copy of `ex` with signatures, tokens and every occurrence of `secrets` replaced by <redacted>. */
export function redactExchange(ex: Exchange, secrets: readonly string[]): Exchange {
  // The signature is a secret for this exchange only: a server may echo it anywhere.
  const scrub = scrubber([...secrets, ...signaturesOf(ex)]);
  const headers = (h: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(h).map(([k, v]) => [k, scrub(redactHeader(k, v))]));
  return {
    ...ex,
    params: Object.fromEntries(
      Object.entries(ex.params).map(([k, v]) => [k, SECRET_PARAMS.includes(k) ? REDACTED : scrub(v)]),
    ),
    request: {
      method: ex.request.method,
      url: scrub(redactQuery(ex.request.url)),
      headers: headers(ex.request.headers),
      body: scrub(redactQuery(ex.request.body)),
    },
    response:
      ex.response === undefined
        ? undefined
        : {
            ...ex.response,
            headers: headers(ex.response.headers),
            text: scrub(ex.response.text),
            body: deepScrub(ex.response.body, scrub),
          },
    error: ex.error === undefined ? undefined : { ...ex.error, message: scrub(ex.error.message) },
  };
}

/** Every form a secret can take in a URL, a form body, a V1 string-to-sign or a JSON string. */
export function secretVariants(secret: string): string[] {
  if (secret === '') return [];
  const rfc = rfc3986(secret);
  const variants = [
    secret,
    encodeURIComponent(secret),
    rfc,
    rfc3986(rfc), // V1 StringToSign percent-encodes the encoded query again; servers echo it in errors
    encodeURIComponent(encodeURIComponent(secret)),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
  return [...new Set(variants)];
}

function scrubber(secrets: readonly string[]): (s: string) => string {
  // Longest first, so a secret that contains another is replaced whole.
  const all = [...new Set(secrets.flatMap(secretVariants))].sort((a, b) => b.length - a.length);
  return (s) => all.reduce((acc, secret) => acc.split(secret).join(REDACTED), s);
}

function deepScrub(value: unknown, scrub: (s: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => deepScrub(v, scrub));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), deepScrub(v, scrub)]));
  }
  return value;
}

function redactHeader(name: string, value: string): string {
  const n = name.toLowerCase();
  if (SECRET_HEADERS.includes(n)) return REDACTED;
  if (n === 'authorization') {
    // Keep the scheme and SignedHeaders: they are what a reader needs to debug a signature mismatch.
    return value.replace(/(Credential|Signature)=[^,\s]*/g, `$1=${REDACTED}`);
  }
  return value;
}

function redactQuery(s: string): string {
  const names = SECRET_PARAMS.join('|');
  return s.replace(new RegExp(`(^|[?&])(${names})=[^&#]*`, 'g'), `$1$2=${REDACTED}`);
}

// The signatures in a request, raw and decoded, so the sweep also finds echoes of them.
function signaturesOf(ex: Exchange): string[] {
  const found: string[] = [];
  const auth = ex.request.headers['authorization'];
  const v3 = auth === undefined ? null : /Signature=([^,\s]+)/.exec(auth);
  if (v3?.[1] !== undefined && v3[1] !== REDACTED) found.push(v3[1]);
  for (const s of [ex.request.url, ex.request.body]) {
    for (const m of s.matchAll(/(?:^|[?&])Signature=([^&#]*)/g)) {
      const raw = m[1] ?? '';
      if (raw === '' || raw === REDACTED) continue;
      found.push(raw, safeDecode(raw));
    }
  }
  return found;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
