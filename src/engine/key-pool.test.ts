import { describe, expect, test } from 'vitest';
import { generateKey, keySpecId, type KeySpec } from '../keys/index.ts';
import { prefetchKeys, slowKeyDemand } from './key-pool.ts';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

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

  test('counts one key for each slow type malformed bodies are cut from, which the session draws from the pool', () => {
    const demand = slowKeyDemand([
      { vars: { a: { key: 'rsa-2048' }, m: { malformed: { of: 'rsa-2048', variant: 'truncated' } } }, steps: [] },
      { vars: { m: { malformed: { of: 'rsa-2048', variant: 'bad-base64' } } }, steps: [] },
      { vars: { m: { malformed: { of: 'ecdsa-nistp256', variant: 'truncated' } } }, steps: [] },
    ]);
    expect(Object.fromEntries(demand)).toEqual({ 'rsa-2048': 2 });
  });

  test('starts the costliest keys first', () => {
    const made: string[] = [];
    const make = (spec: KeySpec) => (made.push(keySpecId(spec)), generateKey({ kind: 'ed25519' }));
    const demand = new Map([
      ['rsa-1024', 1],
      ['dsa-1024', 1],
      ['rsa-4096', 1],
      ['rsa-2048', 2],
    ]);
    prefetchKeys(demand, make);
    expect(made).toEqual(['rsa-4096', 'rsa-2048', 'rsa-2048', 'dsa-1024', 'rsa-1024']);
  });

  test('hands each prefetched key out exactly once, then makes more', async () => {
    const made: string[] = [];
    const make = (spec: KeySpec) => (
      made.push(JSON.stringify(spec)),
      generateKey({ kind: 'ecdsa', curve: 'nistp256' })
    );
    const { keys: factory } = prefetchKeys(new Map([['dsa-1024', 2]]), make);
    expect(made).toHaveLength(2);
    const keys = await Promise.all([
      factory({ kind: 'dsa', bits: 1024 }),
      factory({ kind: 'dsa', bits: 1024 }),
      factory({ kind: 'dsa', bits: 1024 }),
    ]);
    expect(new Set(keys.map((k) => k.publicKey)).size).toBe(3);
    expect(made).toHaveLength(3);
  });

  test("says when a case's prefetched keys are all made, failed ones included", async () => {
    const settle: Array<() => void> = [];
    const make = (): Promise<never> => new Promise((_, reject) => settle.push(() => reject(new Error('no key'))));
    const pool = prefetchKeys(
      new Map([
        ['rsa-2048', 2],
        ['dsa-1024', 1],
      ]),
      make,
    );
    const rsa = { vars: { a: { key: 'rsa-2048' } } };
    const dsa = { vars: { m: { malformed: { of: 'dsa-1024', variant: 'no-blob' } } } };
    const cheap = { vars: { k: { key: 'ecdsa-nistp256' } } };
    expect([pool.ready(rsa), pool.ready(dsa), pool.ready(cheap)]).toEqual([false, false, true]);
    settle[0]!();
    settle[2]!();
    await tick();
    expect([pool.ready(rsa), pool.ready(dsa)]).toEqual([false, true]);
    settle[1]!();
    await tick();
    expect(pool.ready(rsa)).toBe(true);
  });
});
