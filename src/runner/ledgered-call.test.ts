import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EcsClient, Exchange } from '../client/index.ts';
import { KpcError } from '../errors.ts';
import { Ledger, readLedger } from './ledger.ts';
import { ledgeredCall } from './ledgered-call.ts';

const ledger = (): Ledger => new Ledger(join(mkdtempSync(join(tmpdir(), 'kpc-lc-')), 'ledger.jsonl'), 'kpcaaaaaaaaaa');
const answering = (status: number): EcsClient => ({
  call: async () => ({ response: { status } }) as Exchange,
  close: async () => {},
  target: undefined as never,
});
const failing: EcsClient = {
  call: async () => Promise.reject(new KpcError('KPC_AMBIGUOUS_WRITE', 'reset')),
  close: async () => {},
  target: undefined as never,
};
const imp = { RegionId: 'r', KeyPairName: 'n', PublicKeyBody: 'k' };

describe('ledgeredCall', () => {
  test('writes the intent before an import and its outcome after', async () => {
    const l = ledger();
    await ledgeredCall(answering(200), l, 'case', 'ImportKeyPair', imp);
    expect(readLedger(l.path).map((r) => r.state)).toEqual(['created']);
  });
  test('a refused import is not created', async () => {
    const l = ledger();
    await ledgeredCall(answering(400), l, 'case', 'ImportKeyPair', imp);
    expect(readLedger(l.path)[0]?.state).toBe('not-created');
  });
  test('a lost answer leaves the outcome unknown and rethrows the fault', async () => {
    const l = ledger();
    await expect(ledgeredCall(failing, l, 'case', 'ImportKeyPair', imp)).rejects.toThrow('reset');
    expect(readLedger(l.path)[0]?.state).toBe('unknown');
  });
  test('a successful delete records the deleted names; a malformed KeyPairNames records nothing', async () => {
    const l = ledger();
    await ledgeredCall(answering(200), l, 'case', 'ImportKeyPair', imp);
    await ledgeredCall(answering(200), l, 'case', 'DeleteKeyPairs', { RegionId: 'r', KeyPairNames: 'not json' });
    expect(readLedger(l.path)[0]?.state).toBe('created');
    await ledgeredCall(answering(200), l, 'case', 'DeleteKeyPairs', { RegionId: 'r', KeyPairNames: '["n"]' });
    expect(readLedger(l.path)[0]?.state).toBe('deleted');
  });
});
