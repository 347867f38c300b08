import { describe, expect, test } from 'vitest';
import { mulberry32 } from './faults.ts';
import {
  addKeyPair,
  addResourceGroup,
  emptyState,
  nonceCount,
  nonceSeen,
  recordNonce,
  regionOf,
  removeKeyPairs,
  resetState,
} from './state.ts';
import type { KeyPairRecord } from './types.ts';

const t0 = new Date('2024-05-01T10:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const kp = (name: string): KeyPairRecord => ({
  name,
  fingerprint: 'f',
  publicKey: 'p',
  creationTime: 't',
  resourceGroupId: '',
  tags: [],
});

describe('state', () => {
  test('adding shares untouched regions and counts creations; deleting keeps the count', () => {
    const s1 = addKeyPair(emptyState(), 'cn-beijing', kp('a'));
    const s2 = addKeyPair(s1, 'cn-hangzhou', kp('b'));
    expect(s2.regions['cn-beijing']).toBe(s1.regions['cn-beijing']);
    const s3 = removeKeyPairs(s2, 'cn-hangzhou', (k) => k.name === 'b');
    expect(regionOf(s3, 'cn-hangzhou')).toEqual({ keyPairs: [], created: 1 });
    expect(removeKeyPairs(s3, 'cn-hangzhou', () => true)).toBe(s3);
  });

  test('a region named like an Object.prototype member is an ordinary region', () => {
    expect(regionOf(emptyState(), 'constructor').keyPairs).toEqual([]);
    expect(regionOf(addKeyPair(emptyState(), '__proto__', kp('x')), '__proto__').keyPairs).toHaveLength(1);
  });

  test('reset empties every region and restores the given resource groups, or empties one region', () => {
    const s = addResourceGroup(addKeyPair(addKeyPair(emptyState(['rg-a']), 'r1', kp('a')), 'r2', kp('b')), 'rg-b');
    expect(resetState(s, ['rg-a']).regions).toEqual({});
    expect(resetState(s, ['rg-a']).resourceGroups).toEqual(['rg-a']);
    expect(regionOf(resetState(s, [], 'r1'), 'r2').keyPairs).toHaveLength(1);
  });

  test('nonces are remembered for 15 minutes, then forgotten and pruned', () => {
    let book = recordNonce([], 'id', 'n1', t0);
    expect(nonceSeen(book, 'id', 'n1', at(15))).toBe(true);
    expect(nonceSeen(book, 'other-id', 'n1', at(1))).toBe(false);
    expect(nonceSeen(book, 'id', 'n1', at(17))).toBe(false);
    book = recordNonce(book, 'id', 'n2', at(17));
    expect(nonceCount(book)).toBe(1);
  });
});

describe('mulberry32', () => {
  test('is repeatable for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
