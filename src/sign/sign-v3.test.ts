import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalQuery } from './percent-encode.ts';
import {
  canonicalRequestV3,
  EMPTY_BODY_SHA256,
  defaultSignedHeaders,
  hashPayload,
  normaliseSignedHeaders,
  signRequestV3,
  signV3,
  type CanonicalRequestV3Input,
} from './sign-v3.ts';

// Known-answer vectors V3-a and V3-b from /work/shared/API-FACTS.md.
function v3Input(date: string, nonce: string) {
  const headers = {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'RunInstances',
    'x-acs-version': '2014-05-26',
    'x-acs-date': date,
    'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  };
  return {
    method: 'POST',
    path: '/',
    query: [
      ['ImageId', 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd'],
      ['RegionId', 'cn-shanghai'],
    ] as const,
    headers,
    signedHeaders: defaultSignedHeaders(headers),
    body: '',
    secret: 'YourAccessKeySecret',
  };
}

describe('V3 known-answer vectors', () => {
  test('V3-a hashes the canonical request and signs as documented', () => {
    const r = signV3(v3Input('2023-10-26T10:22:32Z', '3156853299f313e23d1673dc12e1703d'));
    expect(r.hashedCanonicalRequest).toBe('7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
    expect(r.stringToSign).toBe(`ACS3-HMAC-SHA256\n${r.hashedCanonicalRequest}`);
    expect(r.signature).toBe('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0');
  });

  test('V3-b signs as documented', () => {
    const r = signV3(v3Input('2023-10-26T09:01:01Z', 'd410180a5abf7fe235dd9b74aca91fc0'));
    expect(r.signature).toBe('e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804');
  });

  test('V3-a canonical request has the documented layout', () => {
    expect(canonicalRequestV3(v3Input('2023-10-26T10:22:32Z', '3156853299f313e23d1673dc12e1703d'))).toBe(
      [
        'POST',
        '/',
        'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
        'host:ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action:RunInstances',
        `x-acs-content-sha256:${EMPTY_BODY_SHA256}`,
        'x-acs-date:2023-10-26T10:22:32Z',
        'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
        'x-acs-version:2014-05-26',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        EMPTY_BODY_SHA256,
      ].join('\n'),
    );
  });
});

describe('canonicalRequestV3', () => {
  test('looks headers up case-insensitively and trims their values', () => {
    const a = canonicalRequestV3({
      method: 'post',
      path: '/',
      query: [],
      headers: { Host: ' h ' },
      signedHeaders: ['HOST'],
      body: '',
    });
    expect(a.split('\n').slice(0, 5)).toEqual(['POST', '/', '', 'host:h', '']);
  });

  test('default signed headers are host, content-type and x-acs-*, sorted', () => {
    expect(
      defaultSignedHeaders({ 'X-Acs-B': '1', 'user-agent': 'u', 'Content-Type': 't', host: 'h', 'x-acs-a': '2' }),
    ).toEqual(['content-type', 'host', 'x-acs-a', 'x-acs-b']);
  });
});

describe('signRequestV3', () => {
  const base = {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    action: 'RunInstances',
    version: '2014-05-26',
    params: { RegionId: 'cn-shanghai', ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd' },
    accessKeyId: 'YourAccessKeyId',
    accessKeySecret: 'YourAccessKeySecret',
    date: '2023-10-26T10:22:32Z',
    nonce: '3156853299f313e23d1673dc12e1703d',
  };

  test('reproduces V3-a in the Authorization header with params in the query', () => {
    const r = signRequestV3(base);
    expect(r.method).toBe('POST');
    expect(r.query).toBe('ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai');
    expect(r.headers['authorization']).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,' +
        'SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,' +
        'Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  test('sends and signs the STS token header', () => {
    const r = signRequestV3({ ...base, securityToken: 'sts-token' });
    expect(r.headers['x-acs-security-token']).toBe('sts-token');
    expect(r.headers['authorization']).toContain('x-acs-security-token');
  });

  test('hashes a given body into x-acs-content-sha256', () => {
    const r = signRequestV3({ ...base, body: new TextEncoder().encode('abc') });
    expect(r.headers['x-acs-content-sha256']).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

/** canonicalRequestV3 as it was written first: every name through a map, the signed list normalised and joined. */
function referenceCanonicalRequest(input: CanonicalRequestV3Input): string {
  const lower = new Map<string, string>();
  for (const k of Object.keys(input.headers)) lower.set(k.trim().toLowerCase(), input.headers[k]!);
  const signed = normaliseSignedHeaders(input.signedHeaders);
  let canonicalHeaders = '';
  for (const n of signed) canonicalHeaders += `${n}:${(lower.get(n) ?? '').trim()}\n`;
  const query = input.canonicalQuery ?? canonicalQuery(input.query);
  const parts = [input.method.toUpperCase(), input.path, query, canonicalHeaders, signed.join(';')];
  return `${parts.join('\n')}\n${hashPayload(input.body)}`;
}

describe('canonicalRequestV3', () => {
  // Names as clients write them, and as they should not: capitals, blanks, names that fold together.
  const headerName = fc.oneof(
    fc.constantFrom('host', 'x-acs-date', 'x-acs-action', 'content-type', 'constructor', '__proto__', 'toString'),
    fc.constantFrom('Host', ' host', 'X-Acs-Date', 'x-acs-date ', '\u00a0host', 'HOST', 'İ', 'x-acs-İ', 'a b'),
    fc.string({ maxLength: 6 }),
  );
  const headerValue = fc.oneof(fc.constantFrom('v', ' v ', '', '\tx'), fc.string({ maxLength: 6 }));

  test('equals the map-based reference for any headers and signed list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 }),
        fc.array(headerName, { maxLength: 6 }),
        fc.boolean(),
        (pairs, signedHeaders, sort) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of pairs)
            Object.defineProperty(headers, k, { value: v, enumerable: true, writable: true, configurable: true });
          const input = {
            method: 'post',
            path: '/',
            query: [['A', 'b c']] as const,
            headers,
            signedHeaders: sort ? [...signedHeaders].sort() : signedHeaders,
            body: '',
          };
          expect(canonicalRequestV3(input)).toBe(referenceCanonicalRequest(input));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
