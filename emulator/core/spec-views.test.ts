import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultSpec } from '../../src/spec/load.ts';
import { firstBrokenRule, satisfies } from '../../src/spec/predicates.ts';
import type { CharClass, Constraint } from '../../src/spec/types.ts';
import { brokenBy, firstBrokenRuleOf } from './spec-views.ts';

// Characters the predicates treat apart: letters of any script, digits, marks, surrogates, pattern syntax.
const unit = fc.constantFrom(...'aZ09_-.:\\]^[$/*(){}|?+ é中Ⅻ٣𝔸😀\u0301\ud83d\ude00\u00a0'.split(''));
const text = fc.oneof(
  fc.string({ unit, maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const classes = fc.subarray<CharClass>(['letter', 'digit']);
const constraint: fc.Arbitrary<Constraint> = fc.oneof(
  fc.record({ kind: fc.constant('length' as const), min: fc.nat(5), max: fc.nat(8) }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('first-char' as const), classes }),
  fc.record({ kind: fc.constant('charset' as const), classes, extra: fc.string({ unit, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('forbidden-prefix' as const), prefixes: fc.array(text, { maxLength: 2 }) }),
  fc.record({ kind: fc.constant('forbidden-substring' as const), substrings: fc.array(text, { maxLength: 2 }) }),
  fc.constant({ kind: 'required' as const }),
);

describe('brokenBy', () => {
  test('says a value breaks a constraint exactly when satisfies says false', () => {
    fc.assert(
      fc.property(constraint, fc.array(text, { minLength: 1, maxLength: 5 }), (c, values) => {
        const broken = brokenBy(c);
        for (const v of values)
          expect(broken(v), `${JSON.stringify(c)} ${JSON.stringify(v)}`).toBe(satisfies(c, v) === false);
      }),
      { numRuns: 5000 },
    );
  });

  test('the spec’s name and tag rules: the same first broken rule as the predicates', () => {
    const spec = defaultSpec();
    const names = fc.oneof(text, fc.constantFrom('kpc-1', 'a', 'http://x', 'aliyun-k', 'x'.repeat(129), '中文名_1'));
    fc.assert(
      fc.property(names, (v) => {
        for (const p of ['KeyPairName', 'Tag.N.Key', 'Tag.N.Value'])
          expect(firstBrokenRuleOf(spec, 'ImportKeyPair', p, v)).toBe(firstBrokenRule(spec, 'ImportKeyPair', p, v));
      }),
      { numRuns: 3000 },
    );
  });
});
