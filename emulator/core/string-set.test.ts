import { describe, expect, test } from 'vitest';
import { EMPTY_SET, setAdd, setHas, setSize, type StringSet } from './string-set.ts';

const keys = (n: number, prefix = 'k'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const build = (ks: readonly string[], from: StringSet = EMPTY_SET): StringSet => ks.reduce(setAdd, from);

describe('persistent string set', () => {
  test('holds every key added and no other, across leaf splits', () => {
    const s = build(keys(20_000));
    expect(keys(20_000).every((k) => setHas(s, k))).toBe(true);
    expect(keys(2_000, 'x').some((k) => setHas(s, k))).toBe(false);
    expect(setSize(s)).toBe(20_000);
  });

  test('adding never changes an older set', () => {
    const before = build(keys(500));
    const snapshot = JSON.stringify(before);
    const after = build(keys(500, 'new'), before);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(setHas(before, 'new1')).toBe(false);
    expect(setHas(after, 'new1')).toBe(true);
    expect([setSize(before), setSize(after)]).toEqual([500, 1000]);
  });

  test('adding a key already there returns the same set', () => {
    const s = build(keys(100));
    expect(setAdd(s, 'k42')).toBe(s);
  });

  test('the empty set holds nothing, and is JSON data', () => {
    expect(setHas(EMPTY_SET, '')).toBe(false);
    expect(setSize(EMPTY_SET)).toBe(0);
    expect(JSON.parse(JSON.stringify(build(keys(50))))).toEqual(build(keys(50)));
  });
});
