import { beforeAll, describe, expect, test } from 'vitest';
import { generateKey, sha1Colon, withComment, type GeneratedKey } from '../keys/index.ts';
import { caseResult, step } from './fixtures.ts';
import { normalizeCase, reportTokens, timestampFormat } from './normalize.ts';

const KEY = { kind: 'ecdsa', curve: 'nistp256' } as const;
let k1: GeneratedKey;
let k2: GeneratedKey;
beforeAll(async () => {
  [k1, k2] = await Promise.all([generateKey(KEY), generateKey(KEY)]);
});

/** One import and one describe, as a run with `token` and `key` would record them. */
function importThenDescribe(
  token: string,
  key: GeneratedKey,
  rid: [string, string],
  fp: (k: GeneratedKey) => string = (k) => k.fingerprint.colon,
) {
  const name = `${token}17`;
  return caseResult({
    steps: [
      step({
        request: {
          action: 'ImportKeyPair',
          params: { RegionId: 'cn-hangzhou', KeyPairName: name, PublicKeyBody: key.publicKey },
        },
        response: {
          status: 200,
          code: undefined,
          body: { RequestId: rid[0], KeyPairName: name, KeyPairFingerPrint: fp(key) },
        },
      }),
      step({
        request: { action: 'DescribeKeyPairs', params: { RegionId: 'cn-hangzhou', KeyPairName: name } },
        response: {
          status: 200,
          code: undefined,
          body: {
            KeyPairs: {
              KeyPair: [
                {
                  CreationTime: '2026-01-01T10:00Z',
                  KeyPairFingerPrint: fp(key),
                  KeyPairName: name,
                  Tags: { Tag: [] },
                },
              ],
            },
            TotalCount: 1,
            RequestId: rid[1],
          },
        },
      }),
    ],
  });
}

describe('normalizeCase', () => {
  test('turns request ids, names, fingerprints and timestamps into placeholders', () => {
    const o = normalizeCase(
      importThenDescribe('kpcaaaa', k1, [
        '0E7A0C34-1F0B-4C77-9C55-111111111111',
        '0E7A0C34-1F0B-4C77-9C55-222222222222',
      ]),
      ['kpcaaaa'],
    );
    expect(o.steps[0]!.body).toEqual({
      RequestId: '<request-id:1>',
      KeyPairName: '<name:1>',
      KeyPairFingerPrint: '<fingerprint:md5-colon:key1>',
    });
    expect(o.steps[1]!.body).toEqual({
      'KeyPairs.KeyPair[0].CreationTime': '<timestamp:YYYY-MM-DDThh:mmZ>',
      'KeyPairs.KeyPair[0].KeyPairFingerPrint': '<fingerprint:md5-colon:key1>',
      'KeyPairs.KeyPair[0].KeyPairName': '<name:1>',
      'KeyPairs.KeyPair[0].Tags.Tag': '[]',
      RequestId: '<request-id:2>',
      TotalCount: '1',
    });
  });

  test('two runs that behave alike normalise equal, whatever their tokens, keys and ids', () => {
    const a = normalizeCase(
      importThenDescribe('kpcaaaa', k1, [
        '0E7A0C34-1F0B-4C77-9C55-111111111111',
        '0E7A0C34-1F0B-4C77-9C55-222222222222',
      ]),
      ['kpcaaaa'],
    );
    const b = normalizeCase(
      importThenDescribe('kpcbbbb', k2, [
        '5B1E0000-0000-4000-8000-AAAAAAAAAAAA',
        '5B1E0000-0000-4000-8000-BBBBBBBBBBBB',
      ]),
      ['kpcbbbb'],
    );
    expect(b.steps).toEqual(a.steps);
  });

  test('names a fingerprint by its form and the key it belongs to', () => {
    const rid: [string, string] = ['0E7A0C34-1F0B-4C77-9C55-111111111111', '0E7A0C34-1F0B-4C77-9C55-222222222222'];
    const fp = (f: (k: GeneratedKey) => string): string | undefined =>
      normalizeCase(importThenDescribe('kpcaaaa', k1, rid, f), ['kpcaaaa']).steps[0]!.body.KeyPairFingerPrint;
    expect(fp((k) => k.fingerprint.hex)).toBe('<fingerprint:md5-hex:key1>');
    expect(fp((k) => sha1Colon(k.blob))).toBe('<fingerprint:sha1-colon:key1>');
    expect(fp((k) => k.fingerprint.colon.toUpperCase())).toBe('<fingerprint:md5-colon-other-case:key1>');
    expect(fp(() => k2.fingerprint.colon)).toBe('<fingerprint:md5-colon:unrelated>');
    expect(fp(() => 'ab:cd')).toBe('<fingerprint:unknown:unrelated>');
  });

  test('keeps Message and Recommend apart as information, with the request id inside normalised alike', () => {
    const rid = '0E7A0C34-1F0B-4C77-9C55-111111111111';
    const c = caseResult({
      steps: [
        step({
          request: { action: 'ImportKeyPair', params: { KeyPairName: 'kpcaaaa9' } },
          response: {
            status: 400,
            code: 'KeyPair.AlreadyExist',
            body: {
              RequestId: rid,
              HostId: 'ecs.aliyuncs.com',
              Code: 'KeyPair.AlreadyExist',
              Message: 'The key pair "kpcaaaa9" already exists on ecs.aliyuncs.com.',
              Recommend: `https://api.aliyun.com/troubleshoot?q=KeyPair.AlreadyExist&requestId=${rid}`,
            },
          },
        }),
      ],
    });
    const s = normalizeCase(c, ['kpcaaaa']).steps[0]!;
    expect(s).toMatchObject({ status: 400, code: 'KeyPair.AlreadyExist' });
    expect(s.body).toEqual({ RequestId: '<request-id:1>', HostId: '<host-id>' });
    expect(s.info).toEqual({
      Message: 'The key pair "<name:1>" already exists on <host-id>.',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=KeyPair.AlreadyExist&requestId=<request-id:1>',
    });
  });

  test('a short name the run made up never rewrites unrelated free text (the q of ?q=)', () => {
    const rid = '0E7A0C34-1F0B-4C77-9C55-111111111111';
    const recommend = `https://api.aliyun.com/troubleshoot?q=InvalidKeyPairName.Malformed&product=Ecs&requestId=${rid}`;
    const withName = (name: string) =>
      caseResult({
        steps: [
          step({
            request: { action: 'ImportKeyPair', params: { KeyPairName: name } },
            response: {
              status: 400,
              code: 'InvalidKeyPairName.Malformed',
              body: { RequestId: rid, Code: 'InvalidKeyPairName.Malformed', Recommend: recommend },
            },
          }),
        ],
      });
    const a = normalizeCase(withName('q'), ['kpcaaaa']).steps[0]!;
    const b = normalizeCase(withName('x'), ['kpcbbbb']).steps[0]!;
    expect(a.info).toEqual({
      Recommend:
        'https://api.aliyun.com/troubleshoot?q=InvalidKeyPairName.Malformed&product=Ecs&requestId=<request-id:1>',
    });
    expect(a).toEqual(b);
  });

  test('a public key given back is its placeholder; with its comment dropped it is the same key reformatted', () => {
    const body = withComment(k1.publicKey, 'me@host');
    const c = caseResult({
      steps: [
        step({
          request: { action: 'ImportKeyPair', params: { PublicKeyBody: body } },
          response: { status: 200, code: undefined, body: { Same: body, Trimmed: k1.publicKey, Other: k2.publicKey } },
        }),
      ],
    });
    expect(normalizeCase(c, []).steps[0]!.body).toEqual({
      Same: '<public-key:1>',
      Trimmed: '<public-key:1:reformatted>',
      Other: '<public-key:unrelated>',
    });
  });

  test('strings carrying the run token are per-run names even when the case never sent them', () => {
    const c = caseResult({
      steps: [
        step({ response: { status: 200, code: undefined, body: { A: 'x-KPCAAAA-1', B: 'x-kpcaaaa-2', C: 'plain' } } }),
      ],
    });
    expect(normalizeCase(c, ['kpcaaaa']).steps[0]!.body).toEqual({ A: '<name:1>', B: '<name:2>', C: '"plain"' });
  });

  test('a repeated call keeps only its outcome counts; a builtin only which outcomes happened', () => {
    const c = caseResult({
      steps: [
        step({
          calls: 64,
          outcomes: { '200': 1, '400:KeyPair.AlreadyExist': 63 },
          response: { status: 400, code: 'KeyPair.AlreadyExist', body: { RequestId: 'r' } },
        }),
        step({ calls: 443, outcomes: { '200:': 442 }, response: undefined }),
      ],
    });
    const [times, fill] = normalizeCase(c, []).steps;
    expect(times).toMatchObject({
      status: undefined,
      code: undefined,
      body: {},
      outcomes: { '200': '1', '400:KeyPair.AlreadyExist': '63' },
    });
    expect(fill!.outcomes).toEqual({ '200:': '<n>' });
  });

  test('field order does not matter; a transport fault is its code', () => {
    const a = caseResult({
      steps: [step({ response: { status: 200, code: undefined, body: { B: 1, A: { y: true, x: null } } } })],
    });
    const b = caseResult({
      steps: [step({ response: { status: 200, code: undefined, body: { A: { x: null, y: true }, B: 1 } } })],
    });
    expect(normalizeCase(a, []).steps).toEqual(normalizeCase(b, []).steps);
    const f = caseResult({ steps: [step({ response: undefined, infrastructure: 'no answer (timeout)' })] });
    expect(normalizeCase(f, []).steps[0]).toMatchObject({ error: 'no answer (timeout)', status: undefined, body: {} });
  });
});

describe('helpers', () => {
  test('timestampFormat keeps the format and forgets the digits', () => {
    expect(timestampFormat('2023-09-04T08:33Z')).toBe('YYYY-MM-DDThh:mmZ');
    expect(timestampFormat('2023-09-04T08:33:10.123+08:00')).toBe('YYYY-MM-DDThh:mm:ss.s±hh:mm');
    expect(timestampFormat('yesterday')).toBeUndefined();
  });

  test("reportTokens splits a merged report's tokens", () => {
    expect(reportTokens({ run: { token: 'kpca,kpcb' } })).toEqual(['kpca', 'kpcb']);
  });
});
