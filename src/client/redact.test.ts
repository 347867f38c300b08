import { describe, expect, test } from 'vitest';
import { percentEncode } from '../sign/percent-encode.ts';
import { curlLine, shellQuote } from './curl.ts';
import type { Exchange } from './exchange.ts';
import { REDACTED, redactExchange, secretVariants } from './redact.ts';
import { resolveTarget } from './target.ts';
import { buildWireRequest, type WireOptions } from './wire.ts';

const SECRET = 'CANARY-SECRET-9f3b';
const TOKEN = 'CANARY/STS+token=*9f3b';
const credentials = { accessKeyId: 'LTAI-canary-id', accessKeySecret: SECRET, securityToken: TOKEN };
const target = resolveTarget({ url: 'http://127.0.0.1:8080', region: 'cn-hangzhou' });
const stamp = { date: new Date('2024-01-02T03:04:05.678Z'), nonce: 'nonce-1' };

function exchangeFor(options: Partial<WireOptions>, responseText: string): Exchange {
  const request = buildWireRequest(
    { action: 'ImportKeyPair', params: { RegionId: 'cn-hangzhou', KeyPairName: 'k1' } },
    { target, credentials, signature: 'v3', v1Method: 'GET', version: '2014-05-26', ...options },
    stamp,
  );
  let body: unknown;
  try {
    body = JSON.parse(responseText);
  } catch {
    body = undefined;
  }
  return {
    seq: 1,
    action: 'ImportKeyPair',
    params: { RegionId: 'cn-hangzhou', KeyPairName: 'k1' },
    request,
    response: { status: 400, headers: { 'x-echo': SECRET }, text: responseText, body },
    error: undefined,
    startedAt: stamp.date.toISOString(),
    durationMs: 1,
    attempts: 1,
  };
}

function signatureOf(ex: Exchange): string {
  const v3 = /Signature=([0-9a-f]{64})/.exec(ex.request.headers['authorization'] ?? '');
  if (v3?.[1] !== undefined) return v3[1];
  const v1 = /(?:^|[?&])Signature=([^&]*)/.exec(`${ex.request.url}&${ex.request.body}`);
  return decodeURIComponent(v1?.[1] ?? '');
}

// Echo every secret back, raw and percent-encoded, as a careless server error message might.
function echo(signature: string): string {
  const stringToSign = `GET&%2F&SecurityToken%3D${percentEncode(percentEncode(TOKEN))}`;
  return JSON.stringify({
    Code: 'SignatureDoesNotMatch',
    Message:
      `server string to sign is:${stringToSign} secret=${SECRET} token=${TOKEN} ` +
      `sig=${signature} enc=${encodeURIComponent(signature)}`,
  });
}

const variants: Array<[string, Partial<WireOptions>]> = [
  ['V3', { signature: 'v3' }],
  ['V1 GET', { signature: 'v1', v1Method: 'GET' }],
  ['V1 POST', { signature: 'v1', v1Method: 'POST' }],
];

describe('redactExchange', () => {
  test.for(variants)('%s: no secret, token or signature survives anywhere, nor in the curl line', ([, options]) => {
    const raw = exchangeFor(options, '');
    const signature = signatureOf(raw);
    expect(signature.length).toBeGreaterThan(10);
    const ex = redactExchange(exchangeFor(options, echo(signature)), [SECRET, TOKEN]);
    const outputs = [JSON.stringify(ex), curlLine(ex)];
    for (const out of outputs) {
      const leaks = [SECRET, TOKEN, signature, encodeURIComponent(signature), percentEncode(percentEncode(TOKEN))];
      for (const s of [...leaks, ...secretVariants(TOKEN)]) {
        expect(out).not.toContain(s);
      }
      expect(out).toContain(REDACTED);
    }
  });

  test('keeps the Authorization scheme and SignedHeaders, hides Credential and Signature', () => {
    const ex = redactExchange(exchangeFor({ signature: 'v3' }, '{}'), [SECRET, TOKEN]);
    const auth = ex.request.headers['authorization'] ?? '';
    expect(auth).toMatch(
      /^ACS3-HMAC-SHA256 Credential=<redacted>,SignedHeaders=host;x-acs-[a-z0-9;-]+,Signature=<redacted>$/,
    );
    expect(ex.request.headers['x-acs-security-token']).toBe(REDACTED);
    expect(ex.request.headers['x-acs-action']).toBe('ImportKeyPair');
  });

  const v1Redaction =
    'V1: redacts the Signature and SecurityToken parameters but keeps SignatureMethod and the operation params';
  test(v1Redaction, () => {
    const ex = redactExchange(exchangeFor({ signature: 'v1', v1Method: 'GET' }, '{}'), [SECRET, TOKEN]);
    const query = new URL(ex.request.url).searchParams;
    expect(query.get('Signature')).toBe(REDACTED);
    expect(query.get('SecurityToken')).toBe(REDACTED);
    expect(query.get('SignatureMethod')).toBe('HMAC-SHA1');
    expect(query.get('KeyPairName')).toBe('k1');
  });

  test('redacts secrets inside the parsed response body too', () => {
    const ex = redactExchange(exchangeFor({}, JSON.stringify({ Message: `x ${SECRET} y` })), [SECRET]);
    expect(ex.response?.body).toEqual({ Message: `x ${REDACTED} y` });
    expect(ex.response?.headers['x-echo']).toBe(REDACTED);
  });

  test('does not mutate its input, and ignores empty secrets', () => {
    const original = exchangeFor({}, 'plain text');
    const before = JSON.stringify(original);
    const ex = redactExchange(original, ['']);
    expect(JSON.stringify(original)).toBe(before);
    expect(ex.response?.text).toBe('plain text');
  });
});

describe('curlLine', () => {
  test('replays method, URL, headers and a form body', () => {
    const ex = redactExchange(exchangeFor({ signature: 'v1', v1Method: 'POST' }, ''), [SECRET, TOKEN]);
    const line = curlLine(ex);
    expect(line.startsWith("curl -sS -X POST 'http://127.0.0.1:8080/'")).toBe(true);
    expect(line).toContain("-H 'content-type: application/x-www-form-urlencoded'");
    expect(line).toContain("--data-raw '");
    expect(line).toContain('Signature=<redacted>');
  });

  test('V3 sends no body', () => {
    expect(curlLine(exchangeFor({ signature: 'v3' }, ''))).not.toContain('--data-raw');
  });

  test('shellQuote survives embedded single quotes', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
