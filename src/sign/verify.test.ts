import { stringify } from 'node:querystring';
import { describe, expect, test } from 'vitest';
import { rawRequestV1, rawRequestV3 } from './build-request.ts';
import { canonicalQuery } from './percent-encode.ts';
import { signRequestV1 } from './sign-v1.ts';
import { defaultSignedHeaders, hashPayload, signV3 } from './sign-v3.ts';
import {
  check,
  enc,
  env,
  HOST,
  NOW,
  PARAMS,
  SECRET,
  stamp,
  tamper,
  v1,
  v1Params,
  v3,
  v3Signed,
} from './test-fixtures.ts';
import { parseUtcTimestamp } from './verify.ts';

/** How the message of a signature mismatch starts, as a regular expression: then comes the string to sign. */
const MISMATCH = '^Specified signature is not matched with our calculation\\. server string to sign is:';

describe('round trips are accepted', () => {
  test.for([
    ['V1 GET', () => v1()],
    ['V1 POST form', () => v1({ method: 'POST' })],
    ['V1 GET with STS token', () => v1({ token: 'sts' })],
    ['V3', () => v3()],
    ['V3 with STS token', () => v3({ token: 'sts' })],
    ['V3 with a binary body', () => v3({ body: enc('payload') })],
    [
      'V3 with a form body',
      () => v3({ params: {}, body: enc('KeyPairName=k1'), contentType: 'application/x-www-form-urlencoded' }),
    ],
  ] as const)('%s', ([, make]) => {
    expect(check(make())).toEqual({ ok: true, accessKeyId: 'AKID', nonce: expect.stringMatching(/^nonce-v[13]$/) });
  });

  test("V3 query sent with the SDK's bare * ~ ! ' ( ) still verifies", () => {
    const raw = v3();
    raw.url = `/?${stringify(PARAMS)}`;
    expect(raw.url).toContain("*~!'()");
    expect(check(raw)).toMatchObject({ ok: true });
  });

  test("V3 follows the client's SignedHeaders, including x-acs-credentials-provider", () => {
    const headers: Record<string, string> = {
      host: HOST,
      'x-acs-action': 'ImportKeyPair',
      'x-acs-version': '2014-05-26',
      'x-acs-date': stamp(0),
      'x-acs-signature-nonce': 'n',
      'x-acs-content-sha256': hashPayload(''),
      'x-acs-credentials-provider': 'static_ak',
      'user-agent': 'not signed',
    };
    const signedHeaders = defaultSignedHeaders(headers);
    const query = Object.entries(PARAMS);
    const { signature } = signV3({
      method: 'POST',
      path: '/',
      query,
      headers,
      signedHeaders,
      body: '',
      secret: SECRET,
    });
    headers['authorization'] =
      `ACS3-HMAC-SHA256 Credential=AKID, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
    const raw = { method: 'POST', url: `/?${canonicalQuery(query)}`, headers, body: new Uint8Array(0) };
    expect(check(raw)).toMatchObject({ ok: true });
    headers['x-acs-credentials-provider'] = 'other';
    expect(check(raw)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });
});

describe('tampering is SignatureDoesNotMatch', () => {
  const mismatch = { ok: false, status: 400, code: 'SignatureDoesNotMatch' };

  test.for(['GET', 'POST'] as const)('V1 %s: a one-byte change to any signed value', (method) => {
    const signed = v1Params({ method });
    for (const name of [
      ...Object.keys(PARAMS),
      'Action',
      'Version',
      'Format',
      'Timestamp',
      'SignatureNonce',
      'Signature',
    ]) {
      const raw = rawRequestV1({ ...signed, [name]: tamper(signed[name]!) }, { method, host: HOST });
      expect(check(raw), name).toMatchObject(mismatch);
    }
  });

  test('V1 POST: a one-byte change to the body', () => {
    const raw = v1({ method: 'POST' });
    const body = new TextDecoder().decode(raw.body).replace('KeyPairName=k1', 'KeyPairName=k2');
    expect(check({ ...raw, body: enc(body) })).toMatchObject(mismatch);
  });

  test('V1: the message carries the server string to sign', () => {
    const raw = rawRequestV1({ ...v1Params(), KeyPairName: 'k2' }, { method: 'GET', host: HOST });
    const r = check(raw);
    expect(r.ok ? '' : r.message).toMatch(new RegExp(`${MISMATCH}GET&%2F&AccessKeyId%3DAKID%26`));
  });

  test('V3: a one-byte change to any query value', () => {
    const signed = v3Signed();
    for (const name of Object.keys(PARAMS)) {
      const p: Record<string, string> = { ...PARAMS, [name]: tamper(PARAMS[name as keyof typeof PARAMS]) };
      const raw = { ...rawRequestV3(signed), url: `/?${canonicalQuery(Object.entries(p))}` };
      expect(check(raw), name).toMatchObject(mismatch);
    }
  });

  test('V3: a one-byte change to any signed header', () => {
    const signed = v3Signed({ token: 'sts' });
    const names = Object.keys(signed.headers).filter((n) => n !== 'authorization');
    expect(names).toContain('x-acs-security-token');
    for (const name of names) {
      const raw = rawRequestV3(signed);
      raw.headers[name] = tamper(signed.headers[name]!);
      expect(check(raw), name).toMatchObject(mismatch);
    }
  });

  test('V3: a one-byte change to the signature', () => {
    const raw = v3();
    raw.headers['authorization'] = tamper(String(raw.headers['authorization']));
    expect(check(raw)).toMatchObject(mismatch);
  });

  test('V3: a one-byte change to the body', () => {
    const raw = v3({ body: enc('payload') });
    expect(check({ ...raw, body: enc('paylaod') })).toMatchObject(mismatch);
  });

  test('V3: an x-acs-content-sha256 that is not the hash of the body, even if signed', () => {
    const headers: Record<string, string> = {
      host: HOST,
      'x-acs-action': 'ImportKeyPair',
      'x-acs-version': '2014-05-26',
      'x-acs-date': stamp(0),
      'x-acs-signature-nonce': 'n',
      'x-acs-content-sha256': hashPayload('another body'),
    };
    const signedHeaders = defaultSignedHeaders(headers);
    // signV3 hashes the real (empty) body into the canonical request, so only the
    // explicit header check can catch the lie.
    const { signature } = signV3({
      method: 'POST',
      path: '/',
      query: [],
      headers,
      signedHeaders,
      body: '',
      secret: SECRET,
    });
    headers['authorization'] =
      `ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
    expect(check({ method: 'POST', url: '/', headers, body: new Uint8Array(0) })).toMatchObject(mismatch);
  });

  test('V3: the message carries the server string to sign', () => {
    const r = check(v3({ secret: 'wrong' }));
    expect(r.ok ? '' : r.message).toMatch(new RegExp(`${MISMATCH}ACS3-HMAC-SHA256\\n[0-9a-f]{64}$`));
  });

  test.for([
    ['V1', () => v1({ secret: 'wrong' })],
    ['V3', () => v3({ secret: 'wrong' })],
  ] as const)('%s: a wrong secret', ([, make]) => {
    expect(check(make())).toMatchObject(mismatch);
  });
});

describe('keys, time and nonces', () => {
  const notFound = {
    ok: false,
    status: 404,
    code: 'InvalidAccessKeyId.NotFound',
    message: 'Specified access key is not found.',
  };
  const expired = {
    ok: false,
    status: 400,
    code: 'InvalidTimeStamp.Expired',
    message: 'Specified time stamp or date value is expired.',
  };

  test.for([
    ['V1', (m: number) => v1({ minutes: m })],
    ['V3', (m: number) => v3({ minutes: m })],
  ] as const)('%s: unknown key, 16 minutes either way, 14 minutes, nonce seen', ([, make]) => {
    expect(check(make(0), env({ lookupSecret: () => undefined }))).toEqual(notFound);
    expect(check(make(16))).toEqual(expired);
    expect(check(make(-16))).toEqual(expired);
    expect(check(make(14))).toMatchObject({ ok: true });
    expect(check(make(-14))).toMatchObject({ ok: true });
    const seen: Array<[string, string]> = [];
    const used = env({ nonceSeen: (id, n) => (seen.push([id, n]), true) });
    expect(check(make(0), used)).toEqual({
      ok: false,
      status: 400,
      code: 'SignatureNonceUsed',
      message: 'Specified signature nonce was used already.',
    });
    expect(seen[0]?.[0]).toBe('AKID');
  });

  test('an unreadable time stamp is InvalidTimeStamp.Format', () => {
    const raw = rawRequestV1(
      { ...signRequestV1({ ...baseV1(), timestamp: '2024-05-01 12:00:00' }) },
      { method: 'GET', host: HOST },
    );
    expect(check(raw)).toMatchObject({ ok: false, status: 400, code: 'InvalidTimeStamp.Format' });
  });

  test('parseUtcTimestamp accepts Z times with optional milliseconds and rejects impossible dates', () => {
    expect(parseUtcTimestamp('2024-05-01T12:00:00Z')).toBe(NOW.getTime());
    expect(parseUtcTimestamp('2024-05-01T12:00:00.5Z')).toBe(NOW.getTime() + 500);
    expect(parseUtcTimestamp('2023-02-30T00:00:00Z')).toBeUndefined();
    expect(parseUtcTimestamp('2024-05-01T24:00:00Z')).toBeUndefined();
    expect(parseUtcTimestamp('2024-05-01T12:00:00+08:00')).toBeUndefined();
  });
});

function baseV1() {
  return {
    method: 'GET' as const,
    action: 'ImportKeyPair',
    version: '2014-05-26',
    params: PARAMS,
    accessKeyId: 'AKID',
    accessKeySecret: SECRET,
    timestamp: stamp(0),
    nonce: 'nonce-v1',
  };
}
