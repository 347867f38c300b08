import { beforeAll, describe, expect, test } from 'vitest';
import { generateKey, type GeneratedKey } from '../keys/index.ts';
import { caseResult, report, step } from './fixtures.ts';
import { parityOf } from './parity.ts';

let key: GeneratedKey;
beforeAll(async () => {
  key = await generateKey({ kind: 'ecdsa', curve: 'nistp256' });
});

/** A run whose import returned the key's fingerprint in `form`. */
function run(form: 'colon' | 'hex', over: Parameters<typeof report>[1] = {}) {
  const c = caseResult({
    id: 'ikp-fp/valid-key/ecdsa',
    status: form === 'colon' ? 'passed' : 'failed',
    brokenRules: form === 'colon' ? [] : ['IKP-FP-FORMAT'],
    steps: [
      step({
        request: { action: 'ImportKeyPair', params: { KeyPairName: 'kpcz1', PublicKeyBody: key.publicKey } },
        response: {
          status: 200,
          code: undefined,
          body: { KeyPairName: 'kpcz1', KeyPairFingerPrint: key.fingerprint[form] },
        },
      }),
    ],
  });
  return report([c, caseResult({ id: 'other' })], over);
}

describe('parityOf', () => {
  test('a target that copies the recorded service passes parity even where it fails the documented check', () => {
    const baseline = run('hex', {
      recordedAt: '2026-02-01T00:00:00.000Z',
      target: {
        url: 'https://ecs.cn-hangzhou.aliyuncs.com',
        region: 'cn-hangzhou',
        secondRegion: undefined,
        embedded: false,
      },
    });
    const current = run('hex');
    const p = parityOf(current, baseline);
    expect(current.verdict).toBe('non-conformant');
    expect(p).toMatchObject({ verdict: 'same', drifted: [], compared: 2, unverified: [], warnings: [] });
    expect(p.baseline).toEqual({
      date: '2026-02-01T00:00:00.000Z',
      region: 'cn-hangzhou',
      revision: '2026-06-18',
      target: 'https://ecs.cn-hangzhou.aliyuncs.com',
    });
  });

  test('a target documented-conformant but unlike the baseline drifts, naming the case and the change', () => {
    const p = parityOf(run('colon'), run('hex'));
    expect(p.verdict).toBe('drifted');
    expect(p.drifted).toEqual(['ikp-fp/valid-key/ecdsa']);
    expect(p.changes['ikp-fp/valid-key/ecdsa']).toEqual([
      'step 1 ImportKeyPair body.KeyPairFingerPrint: <fingerprint:md5-hex:key1> → <fingerprint:md5-colon:key1>',
    ]);
  });

  test('cases the baseline lacks are unverified, and another region or revision is a warning', () => {
    const baseline = report([caseResult({ id: 'other' })], {
      target: { url: 'u', region: 'cn-beijing', secondRegion: undefined, embedded: false },
      spec: { document: 'd', revision: '2025-01-01' },
    });
    const p = parityOf(run('colon'), baseline);
    expect(p.unverified).toEqual(['ikp-fp/valid-key/ecdsa']);
    expect(p.warnings).toHaveLength(2);
    expect(p.verdict).toBe('same');
  });
});
