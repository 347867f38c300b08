import { describe, expect, test } from 'vitest';
import { generateKey } from '../keys/index.ts';
import { evaluate, type MatchContext } from './matchers.ts';

const key = await generateKey({ kind: 'ecdsa', curve: 'nistp256' });
const ctx: MatchContext = { keys: { k: key }, interpolate: (s) => s.replace('${name}', 'abc') };
const ok = (m: Parameters<typeof evaluate>[0], v: unknown): boolean => evaluate(m, v, 'x', ctx).length === 0;

describe('matchers', () => {
  test('a scalar is interpolated and compared for equality', () => {
    expect(ok('${name}', 'abc')).toBe(true);
    expect(ok('${name}', 'abd')).toBe(false);
    expect(ok(400, 400)).toBe(true);
  });
  test('fingerprint-of accepts the colon form only when form is colon', () => {
    expect(ok({ match: 'fingerprint-of', key: 'k', form: 'colon' }, key.fingerprint.colon)).toBe(true);
    expect(ok({ match: 'fingerprint-of', key: 'k', form: 'colon' }, key.fingerprint.hex)).toBe(false);
    expect(ok({ match: 'fingerprint-of', key: 'k', form: 'any' }, key.fingerprint.hex)).toBe(true);
    expect(ok({ match: 'fingerprint-of', key: 'k', form: 'any' }, key.fingerprint.colon.toUpperCase())).toBe(true);
    expect(ok({ match: 'fingerprint-of', key: 'k', form: 'any' }, '00'.repeat(16))).toBe(false);
  });
  test('status-class, uuid, regex, type, absent, present, one-of', () => {
    expect(ok({ match: 'status-class', class: '4xx' }, 404)).toBe(true);
    expect(ok({ match: 'status-class', class: '4xx' }, 500)).toBe(false);
    expect(ok({ match: 'uuid' }, '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E')).toBe(true);
    expect(ok({ match: 'uuid' }, 'nope')).toBe(false);
    expect(ok({ match: 'regex', pattern: '^a.c$' }, 'abc')).toBe(true);
    expect(ok({ match: 'type', type: 'string' }, 1)).toBe(false);
    expect(ok({ match: 'absent' }, undefined)).toBe(true);
    expect(ok({ match: 'present' }, null)).toBe(false);
    expect(ok({ match: 'one-of', values: ['A', 'B'] }, 'B')).toBe(true);
    expect(ok({ match: 'one-of', values: ['A', 'B'] }, 'C')).toBe(false);
  });
  test('plain objects match partially; extra fields are allowed', () => {
    expect(ok({ Code: 'X' }, { Code: 'X', Extra: 1 })).toBe(true);
    expect(ok({ Code: 'X' }, { Code: 'Y' })).toBe(false);
  });
  test('includes and excludes look for an element matching every listed field', () => {
    const list = [{ KeyPairName: 'abc', F: 1 }, { KeyPairName: 'z' }];
    expect(ok({ match: 'includes', item: { KeyPairName: '${name}' } }, list)).toBe(true);
    expect(ok({ match: 'includes', item: { KeyPairName: 'q' } }, list)).toBe(false);
    expect(ok({ match: 'excludes', item: { KeyPairName: '${name}' } }, list)).toBe(false);
  });
  test('every holds when each element matches, also of an empty list, and names the rule when one does not', () => {
    const list = [{ ResourceGroupId: 'rg-a', KeyPairName: 'x' }, { ResourceGroupId: 'rg-a' }];
    expect(ok({ match: 'every', item: { ResourceGroupId: 'rg-a' } }, list)).toBe(true);
    expect(ok({ match: 'every', item: { ResourceGroupId: 'rg-a' } }, [])).toBe(true);
    expect(ok({ match: 'every', item: { ResourceGroupId: 'rg-a' } }, 'not a list')).toBe(false);
    const mm = evaluate(
      { match: 'every', item: { ResourceGroupId: 'rg-a' }, rule: 'DKP-RG-FILTER' },
      [...list, { ResourceGroupId: '' }],
      'body.KeyPairs.KeyPair',
      ctx,
    );
    expect(mm).toHaveLength(1);
    expect(mm[0]).toMatchObject({ rule: 'DKP-RG-FILTER', expected: 'every element matching {ResourceGroupId=rg-a}' });
  });
  test('all-of reports each failing matcher with its own rule', () => {
    const mm = evaluate(
      {
        match: 'all-of',
        matchers: [
          { match: 'fingerprint-of', key: 'k', form: 'any', rule: 'IKP-FP-MD5' },
          { match: 'fingerprint-of', key: 'k', form: 'colon', rule: 'IKP-FP-FORMAT' },
        ],
      },
      key.fingerprint.hex,
      'body.KeyPairFingerPrint',
      ctx,
    );
    expect(mm.map((m) => m.rule)).toEqual(['IKP-FP-FORMAT']);
    expect(mm[0]?.path).toBe('body.KeyPairFingerPrint');
  });
  test('a mismatch inherits the rule of its context when the matcher names none', () => {
    expect(evaluate('a', 'b', 'body.X', ctx, 'IKP-RESP-NAME')[0]?.rule).toBe('IKP-RESP-NAME');
  });
});
