import { describe, expect, test } from 'vitest';
import { caseProblems } from './check.ts';
import type { Case } from './types.ts';

const base: Case = {
  id: 'x/y/z',
  title: 't',
  rules: ['IKP-NAME-LENGTH'],
  scenario: 'valid-class',
  polarity: 'positive',
  evidence: 'documented',
  vars: { key: { key: 'ecdsa-nistp256' }, copy: { same: 'key' }, name: { name: {} } },
  steps: [{ action: 'ImportKeyPair', params: {}, expect: { status: 200 } }],
};

describe('caseProblems', () => {
  test('finds nothing wrong with a well-formed case', () => {
    expect(caseProblems(base)).toEqual([]);
  });

  test('names a rule id the spec does not have, at case level or in a matcher', () => {
    const typo = { ...base, rules: ['IKP-NAME-LENGHT'] };
    expect(caseProblems(typo)).toEqual(['cites rule IKP-NAME-LENGHT, which the spec does not have']);
    const inMatcher: Case = {
      ...base,
      steps: [
        { action: 'ImportKeyPair', params: {}, expect: { status: { match: 'equals', value: 400, rule: 'IKP-NOPE' } } },
      ],
    };
    expect(caseProblems(inMatcher)).toEqual(['cites rule IKP-NOPE, which the spec does not have']);
  });

  test('names a fingerprint-of that is not a key variable (a copy of one is)', () => {
    const fp = (key: string): Case => ({
      ...base,
      steps: [
        {
          action: 'ImportKeyPair',
          params: {},
          expect: { body: { F: { match: 'fingerprint-of', key, form: 'colon' } } },
        },
      ],
    });
    expect(caseProblems(fp('copy'))).toEqual([]);
    expect(caseProblems(fp('name'))).toEqual(['fingerprint-of names name, which is not a key variable of the case']);
    expect(caseProblems(fp('kee'))).toEqual(['fingerprint-of names kee, which is not a key variable of the case']);
  });

  test('names a perCall variable the case does not have', () => {
    const c: Case = { ...base, steps: [{ action: 'ImportKeyPair', params: {}, times: 2, perCall: ['nope'] }] };
    expect(caseProblems(c)).toEqual(['perCall names nope, which is not a variable of the case']);
  });

  test('names an import-batch step whose name is not a name variable of the case', () => {
    const batch = (name: string): Case => ({
      ...base,
      steps: [{ builtin: 'import-batch', region: '${region}', count: 3, name, save: 'names' }],
    });
    expect(caseProblems(batch('name'))).toEqual([]);
    expect(caseProblems(batch('key'))).toEqual(['import-batch names key, which is not a name variable of the case']);
    expect(caseProblems(batch('nope'))).toEqual(['import-batch names nope, which is not a name variable of the case']);
  });
});
