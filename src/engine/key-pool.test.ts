import { describe, expect, test } from 'vitest';
import { generateKey, type KeySpec } from '../keys/index.ts';
import { prefetchingKeyFactory, slowKeyDemand } from './key-pool.ts';

describe('the key pool', () => {
  test('counts the slow keys the cases need, with perCall keys once per call', () => {
    const demand = slowKeyDemand([
      {
        vars: { a: { key: 'rsa-4096' }, b: { key: 'rsa-4096', comment: 'x' }, c: { key: 'ecdsa-nistp256' } },
        steps: [],
      },
      { vars: { k: { key: 'dsa-1024' } }, steps: [{ action: 'ImportKeyPair', params: {}, times: 3, perCall: ['k'] }] },
    ]);
    expect(Object.fromEntries(demand)).toEqual({ 'rsa-4096': 2, 'dsa-1024': 4 });
  });

  test('starts every prefetched key at once and hands each out exactly once, then makes more', async () => {
    const made: string[] = [];
    const make = (spec: KeySpec) => (
      made.push(JSON.stringify(spec)),
      generateKey({ kind: 'ecdsa', curve: 'nistp256' })
    );
    const factory = prefetchingKeyFactory(new Map([['dsa-1024', 2]]), make);
    expect(made).toHaveLength(2);
    const keys = await Promise.all([
      factory({ kind: 'dsa', bits: 1024 }),
      factory({ kind: 'dsa', bits: 1024 }),
      factory({ kind: 'dsa', bits: 1024 }),
    ]);
    expect(new Set(keys.map((k) => k.publicKey)).size).toBe(3);
    expect(made).toHaveLength(3);
  });
});
