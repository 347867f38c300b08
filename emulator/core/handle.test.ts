import { describe, expect, test } from 'vitest';
import { sha1Colon } from '../../src/keys/index.ts';
import { NOW, TEST_KEY, bodyOf, codeOf, importParams, rpc, signedV1, signedV3, testEnv } from '../testing.ts';
import { FAITHFUL } from './behaviour.ts';
import { mulberry32 } from './faults.ts';
import { handle } from './handle.ts';
import { emptyState, nonceCount } from './state.ts';
import type { CoreEnv } from './types.ts';

const authEnv = (o: Partial<CoreEnv> = {}) =>
  testEnv({ auth: { required: true, accessKeys: { [TEST_KEY.id]: TEST_KEY.secret } }, ...o });
const describeParams = { RegionId: 'cn-hangzhou' };
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('authentication', () => {
  test.for([
    ['V3', () => signedV3('DescribeKeyPairs', describeParams)],
    ['V1 GET', () => signedV1('DescribeKeyPairs', describeParams, { method: 'GET' })],
    ['V1 POST form', () => signedV1('DescribeKeyPairs', describeParams, { method: 'POST' })],
  ] as const)('accepts a %s-signed request and remembers its nonce', ([, make]) => {
    const out = handle(emptyState(), make(), authEnv());
    expect(out.response.status).toBe(200);
    expect(nonceCount(out.state.nonces)).toBe(1);
  });

  test.for([
    [
      'a wrong secret',
      () => signedV3('DescribeKeyPairs', describeParams, { secret: 'wrong' }),
      400,
      'SignatureDoesNotMatch',
    ],
    [
      'a wrong V1 secret',
      () => signedV1('DescribeKeyPairs', describeParams, { secret: 'wrong' }),
      400,
      'SignatureDoesNotMatch',
    ],
    [
      'an unknown key id',
      () => signedV3('DescribeKeyPairs', describeParams, { id: 'NOPE' }),
      404,
      'InvalidAccessKeyId.NotFound',
    ],
    [
      'a time 16 minutes old',
      () => signedV3('DescribeKeyPairs', describeParams, { date: minutes(-16) }),
      400,
      'InvalidTimeStamp.Expired',
    ],
    [
      'a time 16 minutes ahead',
      () => signedV1('DescribeKeyPairs', describeParams, { date: minutes(16) }),
      400,
      'InvalidTimeStamp.Expired',
    ],
    ['no signature', () => rpc('DescribeKeyPairs', describeParams), 400, 'IncompleteSignature'],
  ] as const)('refuses %s', ([, make, status, code]) => {
    const s0 = emptyState();
    const out = handle(s0, make(), authEnv());
    expect([out.response.status, codeOf(out)]).toEqual([status, code]);
    expect(out.state).toBe(s0);
  });

  test('SignatureDoesNotMatch names the server string to sign', () => {
    const out = handle(emptyState(), signedV3('DescribeKeyPairs', describeParams, { secret: 'wrong' }), authEnv());
    expect(bodyOf(out)['Message']).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
  });

  test('refuses a nonce used within 15 minutes, even when the first call failed, and accepts it again later', () => {
    const first = handle(
      emptyState(),
      signedV3('ImportKeyPair', importParams({ KeyPairName: '1' }), { nonce: 'n1' }),
      authEnv(),
    );
    expect(codeOf(first)).toBe('InvalidKeyPairName.Malformed');
    const replay = handle(
      first.state,
      signedV3('DescribeKeyPairs', describeParams, { nonce: 'n1', date: minutes(14) }),
      authEnv({ now: minutes(14) }),
    );
    expect(codeOf(replay)).toBe('SignatureNonceUsed');
    const later = handle(
      first.state,
      signedV3('DescribeKeyPairs', describeParams, { nonce: 'n1', date: minutes(17) }),
      authEnv({ now: minutes(17) }),
    );
    expect(later.response.status).toBe(200);
    expect(nonceCount(later.state.nonces)).toBe(1);
  });

  test('without auth, accepts unsigned requests and signatures it cannot even read', () => {
    const garbled = { ...rpc('DescribeKeyPairs', describeParams) };
    garbled.headers = { ...garbled.headers, authorization: 'nonsense' };
    expect(handle(emptyState(), garbled, testEnv()).response.status).toBe(200);
    expect(
      handle(emptyState(), signedV3('DescribeKeyPairs', describeParams, { secret: 'wrong' }), testEnv()).response
        .status,
    ).toBe(200);
  });
});

describe('routing', () => {
  test.for([
    ['an unknown action', rpc('RunInstances', {}), 404, 'InvalidAction.NotFound'],
    [
      'another API version',
      {
        ...rpc('DescribeKeyPairs', describeParams),
        url: rpc('DescribeKeyPairs', describeParams).url.replace('2014-05-26', '2016-01-01'),
      },
      404,
      'InvalidAction.NotFound',
    ],
    [
      'a path other than /',
      {
        ...rpc('DescribeKeyPairs', describeParams),
        url: rpc('DescribeKeyPairs', describeParams).url.replace('/?', '/x?'),
      },
      404,
      'InvalidAction.NotFound',
    ],
    ['the method PUT', { ...rpc('DescribeKeyPairs', describeParams), method: 'PUT' }, 404, 'InvalidAction.NotFound'],
    [
      'no action',
      { method: 'GET', url: '/?RegionId=cn-hangzhou', headers: {}, body: new Uint8Array(0) },
      400,
      'MissingParameter',
    ],
    [
      'a repeated parameter',
      {
        method: 'GET',
        url: '/?Action=DescribeKeyPairs&Version=2014-05-26&RegionId=a&RegionId=b',
        headers: {},
        body: new Uint8Array(0),
      },
      400,
      'InvalidParameter',
    ],
    [
      'broken percent-encoding',
      { method: 'GET', url: '/?Action=DescribeKeyPairs&RegionId=%zz', headers: {}, body: new Uint8Array(0) },
      400,
      'InvalidParameter',
    ],
  ] as const)('%s → %i %s', ([, req, status, code]) => {
    const out = handle(emptyState(), req, testEnv());
    expect([out.response.status, codeOf(out)]).toEqual([status, code]);
    expect(bodyOf(out)['Message']).toEqual(expect.any(String));
  });
});

describe('faults', () => {
  test('throttle=1 answers every call with 400 Throttling.User and changes nothing, not even the nonce memory', () => {
    const s0 = emptyState();
    const out = handle(
      s0,
      signedV3('ImportKeyPair', importParams()),
      authEnv({ faults: { throttle: 1, error5xx: 0 } }),
    );
    expect([out.response.status, codeOf(out)]).toEqual([400, 'Throttling.User']);
    expect(out.state).toBe(s0);
  });

  test('error5xx=1 answers with 500 InternalError or 503 ServiceUnavailable from the spec rows', () => {
    const random = mulberry32(7);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const out = handle(
        emptyState(),
        rpc('ImportKeyPair', importParams()),
        testEnv({ random, faults: { throttle: 0, error5xx: 1 } }),
      );
      seen.add(`${out.response.status} ${codeOf(out)}`);
    }
    expect([...seen].sort()).toEqual(['500 InternalError', '503 ServiceUnavailable']);
  });

  test('the same seed gives the same sequence of faults', () => {
    const sequence = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from(
        { length: 50 },
        () =>
          codeOf(
            handle(
              emptyState(),
              rpc('DescribeKeyPairs', describeParams),
              testEnv({ random, faults: { throttle: 0.3, error5xx: 0.2 } }),
            ),
          ) ?? 'ok',
      );
    };
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
  });
});

describe('behaviour overrides', () => {
  test('one overridden policy changes exactly that behaviour (SHA-1 fingerprint)', () => {
    const out = handle(
      emptyState(),
      rpc('ImportKeyPair', importParams()),
      testEnv({ behaviour: { ...FAITHFUL, fingerprint: sha1Colon } }),
    );
    expect(bodyOf(out)['KeyPairFingerPrint']).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
  });

  test('a policy that throws yields 500 InternalError with the state unchanged', () => {
    const s0 = emptyState();
    const boom = {
      ...FAITHFUL,
      fingerprint: (): string => {
        throw new Error('boom');
      },
    };
    const out = handle(s0, rpc('ImportKeyPair', importParams()), testEnv({ behaviour: boom }));
    expect([out.response.status, codeOf(out)]).toEqual([500, 'InternalError']);
    expect(out.state).toBe(s0);
  });

  test('emptyIsMissing turns an empty name into MissingParameter', () => {
    const out = handle(
      emptyState(),
      rpc('ImportKeyPair', importParams({ KeyPairName: '' })),
      testEnv({ behaviour: { ...FAITHFUL, emptyIsMissing: true } }),
    );
    expect(codeOf(out)).toBe('MissingParameter');
  });
});
