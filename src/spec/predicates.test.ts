import { describe, expect, test } from 'vitest';
import { loadSpec } from './load.ts';
import { firstBrokenRule, isValidKeyPairName, satisfies } from './predicates.ts';

const spec = loadSpec();
const broken = (name: string | undefined): string | undefined =>
  firstBrokenRule(spec, 'ImportKeyPair', 'KeyPairName', name)?.id;

describe('KeyPairName predicates', () => {
  test.for([
    ['ab', true],
    ['a'.repeat(128), true],
    ['中'.repeat(128), true],
    ['Ωmega', true],
    ['a:_.-9', true],
    ['testKeyPairName', true],
  ] as const)('accepts %s', ([name, ok]) => {
    expect(isValidKeyPairName(spec, name)).toBe(ok);
  });

  test.for([
    ['a', 'IKP-NAME-LENGTH'],
    ['', 'IKP-NAME-LENGTH'],
    ['a'.repeat(129), 'IKP-NAME-LENGTH'],
    ['中'.repeat(129), 'IKP-NAME-LENGTH'],
    ['1abc', 'IKP-NAME-FIRST-CHAR'],
    ['_abc', 'IKP-NAME-FIRST-CHAR'],
    ['ab c', 'IKP-NAME-CHARSET'],
    ['ab/c', 'IKP-NAME-CHARSET'],
    ['ab@c', 'IKP-NAME-CHARSET'],
    ['ab😀', 'IKP-NAME-CHARSET'],
  ] as const)('rejects %s under %s', ([name, rule]) => {
    expect(broken(name)).toBe(rule);
  });

  test('http:// names break both the charset and the prefix rule', () => {
    const prefix = spec.operations.ImportKeyPair!.rules.find((r) => r.id === 'IKP-NAME-URL-PREFIX')!;
    expect(satisfies(prefix.constraint, 'http://x')).toBe(false);
    expect(satisfies(prefix.constraint, 'xhttp://')).toBe(true);
    expect(isValidKeyPairName(spec, 'https://abc')).toBe(false);
  });

  test('an absent name breaks only the required rule', () => {
    expect(broken(undefined)).toBe('IKP-NAME-REQUIRED');
  });
});

describe('tag predicates', () => {
  const tagKey = (v: string): string | undefined => firstBrokenRule(spec, 'ImportKeyPair', 'Tag.N.Key', v)?.id;
  const tagValue = (v: string): string | undefined => firstBrokenRule(spec, 'ImportKeyPair', 'Tag.N.Value', v)?.id;
  test('tag keys: empty, 129 characters, aliyun and acs: prefixes, URLs are broken; 1 and 128 are fine', () => {
    expect(tagKey('')).toBe('IKP-TAG-KEY-NONEMPTY');
    expect(tagKey('k'.repeat(129))).toBe('IKP-TAG-KEY-LENGTH');
    expect(tagKey('aliyunx')).toBe('IKP-TAG-KEY-PREFIX');
    expect(tagKey('acs:x')).toBe('IKP-TAG-KEY-PREFIX');
    expect(tagKey('a http://b')).toBe('IKP-TAG-KEY-URL');
    expect(tagKey('k')).toBeUndefined();
    expect(tagKey('k'.repeat(128))).toBeUndefined();
    expect(tagKey('xaliyun')).toBeUndefined();
  });
  test('tag values: empty and 128 are fine; 129 and URLs are broken', () => {
    expect(tagValue('')).toBeUndefined();
    expect(tagValue('v'.repeat(128))).toBeUndefined();
    expect(tagValue('v'.repeat(129))).toBe('IKP-TAG-VALUE-LENGTH');
    expect(tagValue('see https://x')).toBe('IKP-TAG-VALUE-URL');
  });
});
