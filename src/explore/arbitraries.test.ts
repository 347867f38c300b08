import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bodyTemplate, nameTemplate, tagsTemplate } from './arbitraries.ts';

describe('exploration arbitraries', () => {
  test('are deterministic given a seed', () => {
    for (const arb of [nameTemplate, tagsTemplate, bodyTemplate] as fc.Arbitrary<unknown>[]) {
      expect(fc.sample(arb, { seed: 42, numRuns: 30 })).toEqual(fc.sample(arb, { seed: 42, numRuns: 30 }));
    }
  });

  const unambiguousOnly =
    'stay where the document is unambiguous: no digits outside 0-9, no combining marks, no control characters but tab';
  test(unambiguousOnly, () => {
    for (const t of fc.sample(nameTemplate, { seed: 7, numRuns: 500 })) {
      const text = t.prefix + t.suffix;
      expect(text).not.toMatch(/(?![0-9])\p{Nd}/u);
      expect(text).not.toMatch(/\p{M}/u);
      expect(text).not.toMatch(/[\u0000-\u0008\u000a-\u001f]/);
      expect(t.length).toBeGreaterThanOrEqual(1);
    }
  });

  test('never generates two tags with one key (left open) and keeps indices distinct', () => {
    for (const tags of fc.sample(tagsTemplate, { seed: 7, numRuns: 500 })) {
      expect(new Set(tags.map((t) => t.key)).size).toBe(tags.length);
      expect(new Set(tags.map((t) => t.index)).size).toBe(tags.length);
    }
  });

  test('reach both sides of the bounds and the forbidden characters', () => {
    const names = fc.sample(nameTemplate, { seed: 3, numRuns: 1000 });
    expect(names.some((t) => t.length === 128)).toBe(true);
    expect(names.some((t) => t.length === 129)).toBe(true);
    expect(names.some((t) => /[!$%&=?~]/.test(t.suffix))).toBe(true);
    const tags = fc.sample(tagsTemplate, { seed: 3, numRuns: 1000 }).flat();
    expect(tags.some((t) => t.index === 21 || t.index === 0)).toBe(true);
    expect(tags.some((t) => t.key.startsWith('aliyun'))).toBe(true);
  });
});
