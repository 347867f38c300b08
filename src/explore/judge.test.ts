import { describe, expect, test } from 'vitest';
import { classify, type Exchange } from '../client/index.ts';
import { judgeImport as judgeWith, type SuccessChecks } from './judge.ts';
import type { Verdict } from './model.ts';

const ex = (status: number, body: Record<string, unknown>): Exchange =>
  ({ response: { status, body, headers: {}, text: JSON.stringify(body) } }) as unknown as Exchange;
const judgeImport = (v: Verdict, e: Exchange, s: SuccessChecks) => judgeWith(v, e, classify(e), s);
const accept: Verdict = { accept: true, rules: ['IKP-NAME-LENGTH'] };
const malformed: Verdict = {
  accept: false,
  rule: 'IKP-NAME-CHARSET',
  codes: ['InvalidKeyPairName.Malformed'],
  status: 400,
};
const anyClientError: Verdict = { accept: false, rule: 'IKP-TAG-INDEX', codes: [], status: undefined };

describe('judgeImport', () => {
  test('agrees when a valid import succeeds with the name echoed, and checks the fingerprint when given', () => {
    expect(judgeImport(accept, ex(200, { KeyPairName: 'ab', KeyPairFingerPrint: 'f' }), { name: 'ab' })).toEqual({
      kind: 'agree',
    });
    expect(
      judgeImport(accept, ex(200, { KeyPairName: 'ab', KeyPairFingerPrint: 'F' }), { name: 'ab', fingerprint: 'f' }),
    ).toMatchObject({ kind: 'disagree', rules: ['IKP-FP-MD5', 'IKP-FP-FORMAT'] });
    expect(judgeImport(accept, ex(200, { KeyPairName: 'a' }), { name: 'ab' })).toMatchObject({
      kind: 'disagree',
      rules: ['IKP-RESP-NAME'],
    });
  });

  test('disagrees when a valid import is refused, or an invalid one accepted, naming the rule', () => {
    expect(judgeImport(accept, ex(400, { Code: 'InvalidKeyPairName.Malformed' }), { name: 'ab' })).toMatchObject({
      kind: 'disagree',
      rules: ['IKP-NAME-LENGTH'],
      actual: '400 InvalidKeyPairName.Malformed',
    });
    expect(judgeImport(malformed, ex(200, { KeyPairName: 'a!' }), { name: 'a!' })).toMatchObject({
      kind: 'disagree',
      rules: ['IKP-NAME-CHARSET'],
      actual: '200',
    });
  });

  test('asserts the documented code and status where the rule has them, only a 4xx where it has none', () => {
    expect(judgeImport(malformed, ex(400, { Code: 'InvalidParameter' }), { name: 'a!' })).toMatchObject({
      kind: 'disagree',
    });
    expect(judgeImport(malformed, ex(404, { Code: 'InvalidKeyPairName.Malformed' }), { name: 'a!' })).toMatchObject({
      kind: 'disagree',
    });
    expect(judgeImport(anyClientError, ex(403, { Code: 'Whatever' }), { name: 'ab' })).toEqual({ kind: 'agree' });
  });

  test('a 5xx or a throttle is inconclusive, never a finding', () => {
    expect(judgeImport(accept, ex(503, { Code: 'ServiceUnavailable' }), { name: 'ab' }).kind).toBe('inconclusive');
    expect(judgeImport(malformed, ex(400, { Code: 'Throttling.User' }), { name: 'ab' }).kind).toBe('inconclusive');
  });
});
