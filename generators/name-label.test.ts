import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NameSpec } from '../src/cases/types.ts';
import { defaultSpec } from '../src/spec/load.ts';
import { isValidKeyPairName } from '../src/spec/predicates.ts';
import { brokenNameRules, labelNameSpec, verifyNameLabel } from './name-label.ts';
import { cpLength, overflows, resolveName, sampleName, seededRandom } from './name-sample.ts';

const spec = defaultSpec();

describe('resolveName', () => {
  const unique = 'kpc0123456789';
  const first = (a: readonly string[]) => a[0] ?? '';

  test('pads the token with fill characters to the exact length', () => {
    const name = resolveName({ length: 129 }, unique, first);
    expect(cpLength(name)).toBe(129);
    expect(name.startsWith('kpc0123')).toBe(true);
  });

  test('counts Chinese fill characters as one character each', () => {
    const name = resolveName({ length: 128, prefix: '中', fill: 'cjk' }, unique, first);
    expect(cpLength(name)).toBe(128);
    expect(name.startsWith('中kpc')).toBe(true);
  });

  test('puts the infix in the middle of the token', () => {
    expect(resolveName({ infix: '@' }, unique, first)).toBe('kpc0123@456789');
  });

  test('falls back to fill characters when the token does not fit', () => {
    expect(resolveName({ length: 2 }, unique, first)).toBe('aa');
  });
});

describe('labelNameSpec', () => {
  test('labels a 129-character name as breaking only the length rule', () => {
    expect(labelNameSpec(spec, { length: 129 })).toEqual(['IKP-NAME-LENGTH']);
  });

  test('labels an http:// prefix as breaking the character set and the URL prefix rule', () => {
    expect(labelNameSpec(spec, { prefix: 'http://' })).toEqual(['IKP-NAME-CHARSET', 'IKP-NAME-URL-PREFIX']);
  });

  test('labels a name starting with a digit as breaking only the first-character rule', () => {
    expect(labelNameSpec(spec, { prefix: '7' })).toEqual(['IKP-NAME-FIRST-CHAR']);
  });

  test('refuses a spec whose fixed parts overflow its length', () => {
    expect(() => labelNameSpec(spec, { length: 2, prefix: 'abc' })).toThrow(/fixes more characters/);
  });

  test('verifyNameLabel throws when the declared label is wrong', () => {
    expect(() => verifyNameLabel(spec, { length: 129 }, [])).toThrow(/breaks \[IKP-NAME-LENGTH\]/);
  });
});

// Characters from every class the predicates distinguish, plus the pieces of the URL prefixes.
const pieces = fc.constantFrom(
  'a',
  'Z',
  '中',
  'Ω',
  'Ж',
  '7',
  ':',
  '_',
  '.',
  '-',
  ' ',
  '/',
  '@',
  '😀',
  '\t',
  'h',
  't',
  'p',
  's',
);
const part = fc.oneof(
  fc.array(pieces, { maxLength: 4 }).map((a) => a.join('')),
  fc.constantFrom('http://', 'https://', 'http:'),
);
const nameSpec: fc.Arbitrary<NameSpec> = fc
  .record(
    {
      length: fc.integer({ min: 1, max: 200 }),
      prefix: part,
      infix: part,
      suffix: part,
      fill: fc.constantFrom('latin' as const, 'cjk' as const),
    },
    { requiredKeys: [] },
  )
  .filter((ns) => !overflows(ns));

describe('generator labelling agrees with the spec predicates', () => {
  test("for random name specs, the label decides validity exactly as isValidKeyPairName does on a run's names", () => {
    fc.assert(
      fc.property(nameSpec, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (ns, seed) => {
        const label = labelNameSpec(spec, ns);
        const random = seededRandom(seed);
        for (let i = 0; i < 4; i++) {
          const name = sampleName(ns, random);
          expect(isValidKeyPairName(spec, name)).toBe(label.length === 0);
          expect(brokenNameRules(spec, name)).toEqual(label);
        }
      }),
      { numRuns: 300 },
    );
  });
});
