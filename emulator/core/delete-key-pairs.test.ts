import { describe, expect, test } from 'vitest';
import { REGION, bodyOf, codeOf, importParams, rpc, runAll, testEnv } from '../testing.ts';
import { handle } from './handle.ts';
import { addKeyPair, emptyState, regionOf } from './state.ts';
import type { EmulatorState } from './types.ts';

function stateWith(n: number): EmulatorState {
  let s = emptyState();
  for (let i = 0; i < n; i++)
    s = addKeyPair(s, REGION, {
      name: `k${i}`,
      fingerprint: 'f',
      publicKey: 'p',
      creationTime: 't',
      resourceGroupId: '',
      tags: [],
    });
  return s;
}
const del = (state: EmulatorState, names: string) =>
  handle(state, rpc('DeleteKeyPairs', { RegionId: REGION, KeyPairNames: names }), testEnv());

describe('DeleteKeyPairs', () => {
  test('deletes the named key pairs and answers with a RequestId only', () => {
    const env = testEnv();
    const out = handle(stateWith(3), rpc('DeleteKeyPairs', { RegionId: REGION, KeyPairNames: '["k0","k2"]' }), env);
    expect(bodyOf(out)).toEqual({ RequestId: env.requestId });
    expect(regionOf(out.state, REGION).keyPairs.map((k) => k.name)).toEqual(['k1']);
  });

  test('ignores names that do not exist', () => {
    const s = stateWith(1);
    const out = del(s, '["nope"]');
    expect(out.response.status).toBe(200);
    expect(out.state).toBe(s);
  });

  test('frees the name and a place in the quota', () => {
    const full = stateWith(500);
    const { outcomes } = runAll(full, [
      rpc('ImportKeyPair', importParams({ KeyPairName: 'extra' })),
      rpc('DeleteKeyPairs', { RegionId: REGION, KeyPairNames: '["k0"]' }),
      rpc('ImportKeyPair', importParams({ KeyPairName: 'extra' })),
      rpc('ImportKeyPair', importParams({ KeyPairName: 'k0' })),
    ]);
    expect(outcomes.map((o) => codeOf(o) ?? 'ok')).toEqual(['QuotaExceed.KeyPair', 'ok', 'ok', 'QuotaExceed.KeyPair']);
  });

  test('accepts 100 names', () => {
    expect(
      del(stateWith(100), JSON.stringify(Array.from({ length: 100 }, (_, i) => `k${i}`))).state.regions[REGION]
        ?.keyPairs,
    ).toEqual([]);
  });

  test.for([
    '',
    'k1',
    '"k1"',
    '{"a":1}',
    '[1]',
    '[]',
    '["a",null]',
    JSON.stringify(Array.from({ length: 101 }, (_, i) => `k${i}`)),
  ])('KeyPairNames=%s is 400 InvalidKeyPairNames.ValueNotSupported', (names) => {
    const out = del(stateWith(1), names);
    expect([out.response.status, codeOf(out)]).toEqual([400, 'InvalidKeyPairNames.ValueNotSupported']);
  });

  test('KeyPairNames and RegionId are required', () => {
    expect(bodyOf(handle(emptyState(), rpc('DeleteKeyPairs', { RegionId: REGION }), testEnv()))).toMatchObject({
      Code: 'MissingParameter',
      Message: expect.stringContaining('"KeyPairNames"'),
    });
    expect(bodyOf(handle(emptyState(), rpc('DeleteKeyPairs', { KeyPairNames: '["a"]' }), testEnv()))).toMatchObject({
      Code: 'MissingParameter',
      Message: expect.stringContaining('"RegionId"'),
    });
  });
});
