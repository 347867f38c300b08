import { describe, expect, test } from 'vitest';
import { defaultSpec } from '../src/spec/load.ts';
import type { Spec } from '../src/spec/types.ts';
import { keyCases } from './key-cases.ts';
import { nameCases } from './name-cases.ts';
import { requiredCases } from './required-cases.ts';
import { tagCases } from './tag-cases.ts';

/** A deep copy of the shipped spec with one ImportKeyPair rule's constraint changed. */
function withConstraint(id: string, patch: Record<string, unknown>): Spec {
  const spec = structuredClone(defaultSpec());
  const r = spec.operations['ImportKeyPair']!.rules.find((x) => x.id === id)!;
  Object.assign(r.constraint, patch);
  return spec;
}

describe('cases are derived from the spec, not from copied numbers', () => {
  test("name length cases follow the length rule's bounds", () => {
    const ids = nameCases(withConstraint('IKP-NAME-LENGTH', { min: 3, max: 64 }))
      .map((c) => c.id)
      .filter((id) => id.startsWith('ikp-name-length/'));
    expect(ids).toEqual(
      expect.arrayContaining([
        'ikp-name-length/below-min-length/2-latin',
        'ikp-name-length/valid-boundary/64-latin',
        'ikp-name-length/above-max-length/65-latin',
      ]),
    );
    expect(ids.some((id) => id.includes('129'))).toBe(false);
  });

  test('first-character and inside cases cover each extra character of the charset rule', () => {
    const ids = nameCases(withConstraint('IKP-NAME-CHARSET', { extra: ':_.-~' })).map((c) => c.id);
    expect(ids).toContain('ikp-name-first-char/invalid-first-char/u7e');
    expect(ids).toContain('ikp-name-charset/valid-class/u7e');
  });

  test('a forbidden sample that the spec allows makes generation fail instead of mislabelling it', () => {
    expect(() => nameCases(withConstraint('IKP-NAME-CHARSET', { extra: ':_.-@' }))).toThrow(/intended negative/);
  });

  test('tag count cases follow the index range', () => {
    const ids = tagCases(withConstraint('IKP-TAG-INDEX', { max: 10 })).map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ikp-tag-index/tag-count/10-tags',
        'ikp-tag-index/tag-count/11-tags',
        'ikp-tag-index/tag-index-out-of-range/tag-11',
      ]),
    );
  });

  test('tag key prefix cases follow the forbidden prefixes', () => {
    const ids = tagCases(withConstraint('IKP-TAG-KEY-PREFIX', { prefixes: ['aliyun', 'acs:', 'sys:'] })).map(
      (c) => c.id,
    );
    expect(ids).toContain('ikp-tag-key-prefix/forbidden-prefix/sys');
  });

  test('the key corpus is judged by the documented type list, which must match the key-type rule', () => {
    const spec = structuredClone(defaultSpec());
    spec.keyTypes.documented = spec.keyTypes.documented.filter((t) => t !== 'dsa' && t !== 'ssh-dss');
    expect(() => keyCases(spec)).toThrow(/disagree/);
    const rule = spec.operations['ImportKeyPair']!.rules.find((r) => r.id === 'IKP-BODY-KEY-TYPE')!;
    if (rule.constraint.kind === 'public-key')
      rule.constraint.keyTypes = rule.constraint.keyTypes.filter((t) => t !== 'ssh-dss');
    const dsa = keyCases(spec).filter((c) => c.id.endsWith('/dsa-1024'));
    expect(dsa.map((c) => [c.id, c.polarity])).toEqual([
      ['ikp-body-key-type/unsupported-key-type/dsa-1024', 'negative'],
    ]);
  });

  test('an RSA 1024-bit key is only observed, because the spec has an observation rule for it', () => {
    const c = keyCases(defaultSpec()).find((x) => x.id.endsWith('/rsa-1024'));
    expect(c?.polarity).toBe('observation');
    expect(c?.rules).toEqual(['IKP-OBS-RSA-1024']);
  });

  test('every required parameter is left out once and sent empty once', () => {
    const ids = requiredCases(defaultSpec()).map((c) => c.id);
    expect(ids).toEqual([
      'ikp-region-required/missing-parameter/region-id',
      'ikp-region-required/empty-value/region-id',
      'ikp-name-required/missing-parameter/key-pair-name',
      'ikp-name-required/empty-value/key-pair-name',
      'ikp-body-required/missing-parameter/public-key-body',
      'ikp-body-required/empty-value/public-key-body',
    ]);
  });
});
