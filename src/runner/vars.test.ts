import { describe, expect, test } from 'vitest';
import { parsePublicKeyBody } from '../keys/index.ts';
import { interpolate, resolveVars, type VarContext } from './vars.ts';

const ctx = (over: Partial<VarContext> = {}): VarContext => {
  let n = 0;
  return {
    token: 'kpcabcdefghij',
    nextSerial: () => n++,
    random: Math.random,
    builtins: { region: 'cn-hangzhou' },
    ...over,
  };
};

describe('resolveVars', () => {
  test('names carry the run token and differ within a run', async () => {
    const b = await resolveVars({ a: { name: {} }, b: { name: {} } }, ctx());
    expect(b.values.a).toContain('kpcabcdefghij');
    expect(b.values.a).not.toBe(b.values.b);
  });
  test('a short random name that is taken on the target is drawn again', async () => {
    const asked: string[] = [];
    const b = await resolveVars(
      { n: { name: { length: 2 } } },
      ctx({ isTaken: async (name) => (asked.push(name), asked.length < 3) }),
    );
    expect(asked).toHaveLength(3);
    expect(b.values.n).toBe(asked[2]);
  });
  test('names carrying the token are never probed', async () => {
    let probes = 0;
    await resolveVars({ n: { name: { length: 40 } } }, ctx({ isTaken: async () => (probes++, true) }));
    expect(probes).toBe(0);
  });
  test('keys are fresh per var and keep their generated key for fingerprint-of', async () => {
    const b = await resolveVars(
      { k1: { key: 'ecdsa-nistp256' }, k2: { key: 'ecdsa-nistp256', comment: 'user@host' } },
      ctx(),
    );
    expect(b.values.k1).not.toBe(b.values.k2?.split(' ').slice(0, 2).join(' '));
    expect(b.values.k2?.endsWith(' user@host')).toBe(true);
    expect(parsePublicKeyBody(b.values.k1!).ok).toBe(true);
    expect(b.keys.k1?.blob.length).toBeGreaterThan(0);
  });
  test('pem and rfc4716 encodings parse to the same key', async () => {
    const b = await resolveVars({ k: { key: 'rsa-2048' }, pem: { same: 'k' } }, ctx());
    const pem = await resolveVars(
      { p: { key: 'ecdsa-nistp256', encoding: 'pem' }, r: { key: 'ecdsa-nistp256', encoding: 'rfc4716' } },
      ctx(),
    );
    expect(pem.values.p).toContain('BEGIN PUBLIC KEY');
    expect(pem.values.r).toContain('BEGIN SSH2 PUBLIC KEY');
    expect(b.values.pem).toBe(b.values.k);
  });
  test('text vars have the exact length in code points; same+swapcase derives', async () => {
    const b = await resolveVars(
      { t: { text: { length: 128, fill: '中' } }, n: { literal: 'AbC' }, s: { same: 'n', transform: 'swapcase' } },
      ctx(),
    );
    expect([...b.values.t!].length).toBe(128);
    expect(b.values.s).toBe('aBc');
  });
  test('interpolate names an undefined variable', () => {
    expect(interpolate('${a}-x', { a: '1' })).toBe('1-x');
    expect(() => interpolate('${nope}', { a: '1' })).toThrow(/\$\{nope\} is not defined/);
  });
});
