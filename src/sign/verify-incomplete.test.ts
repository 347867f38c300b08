import { describe, expect, test } from 'vitest';
import { rawRequestV1 } from './build-request.ts';
import { check, HOST, v1Params, v3 } from './test-fixtures.ts';

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
