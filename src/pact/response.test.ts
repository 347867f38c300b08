import { describe, expect, test } from 'vitest';
import { bindContractVars } from './contract-source.ts';
import { exampleStatus, responseBody, statusSpec, type TranslateContext } from './response.ts';

const bindings = await bindContractVars('c', { name: { name: {} }, key: { key: 'ecdsa-nistp256' } });
function ctx(itemShape = false): TranslateContext {
  return {
    bindings,
    notes: [],
    itemShape,
  };
}

describe('responseBody', () => {
  test('pins what the case pins, interpolated', () => {
    const c = ctx();
    const body = responseBody({ KeyPairName: { match: 'equals', value: '${name}' }, Code: 'X' }, 200, c);
    expect(body['KeyPairName']).toBe(c.bindings.values['name']);
    expect(body['Code']).toBe('X');
  });

  test('pins the colon fingerprint of the fixture when the case wants the documented form', () => {
    const c = ctx();
    const body = responseBody(
      {
        KeyPairFingerPrint: {
          match: 'all-of',
          matchers: [
            { match: 'fingerprint-of', key: 'key', form: 'any' },
            { match: 'fingerprint-of', key: 'key', form: 'colon' },
          ],
        },
      },
      200,
      c,
    );
    expect(body['KeyPairFingerPrint']).toBe('cb:bc:ed:7c:63:f0:e3:a6:90:07:4b:c3:0f:88:4a:2d');
  });

  test('accepts either MD5 form when the case accepts any', () => {
    const body = responseBody({ KeyPairFingerPrint: { match: 'fingerprint-of', key: 'key', form: 'any' } }, 200, ctx());
    const m = body['KeyPairFingerPrint'] as { regex: string };
    expect(new RegExp(m.regex).test('cbbced7c63f0e3a690074bc30f884a2d')).toBe(true);
    expect(new RegExp(m.regex).test('cb:bc:ed:7c:63:f0:e3:a6:90:07:4b:c3:0f:88:4a:2d')).toBe(true);
    expect(new RegExp(m.regex).test('ec:9f:9d:ec')).toBe(false);
  });

  test('turns one-of into an anchored regex over the values', () => {
    const body = responseBody({ Code: { match: 'one-of', values: ['A.B', 'C'] } }, 400, ctx());
    const m = body['Code'] as { regex: string; value: string };
    expect(m.value).toBe('A.B');
    expect(['A.B', 'C'].every((v) => new RegExp(m.regex).test(v))).toBe(true);
    expect(new RegExp(m.regex).test('AxB')).toBe(false);
  });

  test('adds RequestId on every answer and Code on errors, as types', () => {
    expect(responseBody(undefined, 200, ctx())).toEqual({
      RequestId: expect.objectContaining({ 'pact:matcher:type': 'type' }),
    });
    expect(responseBody(undefined, { class: '4xx' }, ctx())).toHaveProperty(
      'Code',
      expect.objectContaining({ 'pact:matcher:type': 'type' }),
    );
  });

  test('drops what Pact cannot say, and notes it', () => {
    const c = ctx();
    const body = responseBody({ PublicKey: { match: 'absent' } }, 200, c);
    expect(body).not.toHaveProperty('PublicKey');
    expect(c.notes).toEqual([expect.stringContaining('PublicKey: absent')]);
  });

  test('turns includes into arrayContains, with CreationTime when the item shape is checked', () => {
    const body = responseBody(
      { KeyPairs: { KeyPair: { match: 'includes', item: { KeyPairName: '${name}' } } } },
      200,
      ctx(true),
    );
    const m = (
      body['KeyPairs'] as {
        KeyPair: { 'pact:matcher:type': string; variants: Array<Record<string, { regex?: string }>> };
      }
    ).KeyPair;
    expect(m['pact:matcher:type']).toBe('arrayContains');
    expect(new RegExp(m.variants[0]!['CreationTime']!.regex!).test('2023-09-04T08:33Z')).toBe(true);
  });
});

describe('statusSpec', () => {
  test('reads exact statuses and classes, and gives class examples', () => {
    expect(statusSpec(200)).toBe(200);
    expect(statusSpec({ match: 'equals', value: 403 })).toBe(403);
    expect(statusSpec({ match: 'status-class', class: '4xx' })).toEqual({ class: '4xx' });
    expect(statusSpec({ match: 'absent' })).toBeUndefined();
    expect(exampleStatus({ class: '4xx' })).toBe(400);
  });
});
