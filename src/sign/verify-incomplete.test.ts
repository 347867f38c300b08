import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rawRequestV1 } from './build-request.ts';
import { isFormContentType, type DecodedRequest } from './raw-request.ts';
import type { RpcAuth } from './rpc-request.ts';
import { check, HOST, v1Params, v3 } from './test-fixtures.ts';
import { verifyDecoded } from './verify.ts';

describe('requests that cannot be verified are IncompleteSignature', () => {
  const incomplete = (text: string) => ({
    ok: false,
    status: 400,
    code: 'IncompleteSignature',
    message: expect.stringContaining(text),
  });

  test('an unsigned request', () => {
    expect(check({ method: 'GET', url: '/?Action=X', headers: { host: HOST }, body: new Uint8Array(0) })).toEqual(
      incomplete('neither an Authorization header nor a Signature parameter'),
    );
  });

  test.for([
    ['AccessKeyId', 'The parameter "AccessKeyId" is missing'],
    ['SignatureMethod', 'The parameter "SignatureMethod" is missing'],
    ['SignatureVersion', 'The parameter "SignatureVersion" is missing'],
    ['Timestamp', 'The parameter "Timestamp" is missing'],
    ['SignatureNonce', 'The parameter "SignatureNonce" is missing'],
  ] as const)('V1 without %s', ([name, text]) => {
    const p = v1Params();
    delete p[name];
    expect(check(rawRequestV1(p, { method: 'GET', host: HOST }))).toEqual(incomplete(text));
  });

  test('V1 with an unsupported SignatureMethod', () => {
    const raw = rawRequestV1({ ...v1Params(), SignatureMethod: 'HMAC-SHA256' }, { method: 'GET', host: HOST });
    expect(check(raw)).toEqual(incomplete('SignatureMethod "HMAC-SHA256" is not supported'));
  });

  test.for(['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'])('V3 without %s', (name) => {
    const raw = v3();
    delete raw.headers[name];
    expect(check(raw)).toEqual(incomplete(`"${name}" is missing`));
  });

  test('V3 with an x-acs-* header left out of SignedHeaders', () => {
    const raw = v3();
    raw.headers['x-acs-credentials-provider'] = 'static_ak';
    expect(check(raw)).toEqual(incomplete('"x-acs-credentials-provider" is not listed in SignedHeaders'));
  });

  test('V3 with a form content-type left out of SignedHeaders', () => {
    const raw = v3();
    raw.headers['content-type'] = 'application/x-www-form-urlencoded';
    expect(check(raw)).toEqual(incomplete('"content-type" is not listed in SignedHeaders'));
  });

  test('V3 naming a signed header the request does not carry', () => {
    const raw = v3();
    raw.headers['authorization'] = String(raw.headers['authorization']).replace(
      'SignedHeaders=',
      'SignedHeaders=content-md5;',
    );
    expect(check(raw)).toEqual(incomplete('"content-md5" is not present'));
  });
});

/** The V3 header checks as they were first written: the names to sign collected in a list, then checked. */
function referenceMissing(h: Record<string, string>, signed: readonly string[]): string | undefined {
  const mustSign = Object.keys(h).filter((n) => n === 'host' || n.startsWith('x-acs-'));
  if (isFormContentType(h['content-type'])) mustSign.push('content-type');
  if (!mustSign.includes('host')) return 'The required header "host" is missing';
  for (const name of mustSign) if (!signed.includes(name)) return `The header "${name}" is not listed in SignedHeaders`;
  for (const name of signed)
    if (h[name] === undefined) return `The signed header "${name}" is not present in the request`;
  return undefined;
}

describe('V3 headers to sign', () => {
  const name = fc.constantFrom('host', 'x-acs-a', 'x-acs-b', 'content-type', 'user-agent', 'x-acs-', 'x-ac');
  const contentType = fc.constantFrom('application/x-www-form-urlencoded; charset=utf-8', 'application/json');

  test('names the same missing or unsigned header as the list-based checks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name), fc.array(name, { maxLength: 5 }), contentType, (present, signed, type) => {
        const headers: Record<string, string> = { 'x-acs-content-sha256': 'x' };
        for (const n of present) headers[n] = n === 'content-type' ? type : 'v';
        const auth: Extract<RpcAuth, { scheme: 'v3' }> = {
          scheme: 'v3',
          accessKeyId: 'AK',
          signedHeaders: signed,
          signature: 's',
          date: '2024-01-01T00:00:00Z',
          nonce: 'n',
          securityToken: undefined,
        };
        const req: DecodedRequest = {
          method: 'POST',
          path: '/',
          rawQuery: '',
          query: [],
          body: [],
          headers,
          repeatedHeaders: [],
        };
        const env = { now: new Date(0), lookupSecret: () => undefined, nonceSeen: () => false };
        const r = verifyDecoded(req, new Uint8Array(0), { action: 'A', version: 'V', params: {}, auth }, env);
        const expected = referenceMissing(headers, signed);
        if (expected === undefined) expect(r).toMatchObject({ code: 'InvalidAccessKeyId.NotFound' });
        else expect(r).toMatchObject({ code: 'IncompleteSignature', message: expect.stringContaining(expected) });
      }),
      { numRuns: 3000 },
    );
  });
});
