import { describe, expect, test } from 'vitest';
import { parsePublicKeyBody } from '../keys/index.ts';
import { bindVars, interpolate } from './bind.ts';
import { freshSource } from './fresh-source.ts';
import { scriptedClient, testSession } from './test-client.ts';

const quiet = scriptedClient(() => ({ status: 200, body: { TotalCount: 0 } }));
const bind = (vars: Parameters<typeof bindVars>[0], session = testSession(quiet)) =>
  bindVars(vars, session.builtins, freshSource(session, 'case'));

describe('bindVars with a run source', () => {
  test('names carry the run token and differ within a run', async () => {
    const b = await bind({ a: { name: {} }, b: { name: {} } });
    expect(b.values.a).toContain('kpcabcdefghij');
    expect(b.values.a).not.toBe(b.values.b);
  });

  test("a name's prefix, infix and suffix may refer to the token and to earlier vars", async () => {
    const b = await bind({
      a: { name: {} },
      longer: { name: { prefix: '${a}' } },
      tail: { name: { suffix: 'S${token}' } },
    });
    expect(b.values.longer!.startsWith(b.values.a!)).toBe(true);
    expect(b.values.longer).not.toBe(b.values.a);
    expect(b.values.tail!.endsWith('Skpcabcdefghij')).toBe(true);
    await expect(bind({ n: { name: { prefix: '${later}' } }, later: { name: {} } })).rejects.toThrow(/later/);
  });

  test('a short random name that is taken on the target is drawn again', async () => {
    const asked: string[] = [];
    const client = scriptedClient((_a, p) => {
      asked.push(p.KeyPairName!);
      return { status: 200, body: { TotalCount: asked.length < 3 ? 1 : 0 } };
    });
    const b = await bind({ n: { name: { length: 2 } } }, testSession(client));
    expect(asked).toHaveLength(3);
    expect(b.values.n).toBe(asked[2]);
  });

  test('a lookup that gets no usable answer counts as taken', async () => {
    let n = 0;
    const client = scriptedClient(() => (n++ === 0 ? { failure: 'reset' } : { status: 200, body: { TotalCount: 0 } }));
    await bind({ n: { name: { length: 2 } } }, testSession(client));
    expect(n).toBe(2);
  });

  test('names carrying the token are never looked up', async () => {
    const client = scriptedClient(() => ({ status: 200, body: { TotalCount: 1 } }));
    await bind({ n: { name: { length: 40 } } }, testSession(client));
    expect(client.calls).toHaveLength(0);
  });

  test('keys are fresh per var and keep their generated key for fingerprint-of', async () => {
    const b = await bind({ k1: { key: 'ecdsa-nistp256' }, k2: { key: 'ecdsa-nistp256', comment: 'user@host' } });
    expect(b.values.k1).not.toBe(b.values.k2?.split(' ').slice(0, 2).join(' '));
    expect(b.values.k2?.endsWith(' user@host')).toBe(true);
    expect(parsePublicKeyBody(b.values.k1!).ok).toBe(true);
    expect(b.keys.k1?.blob.length).toBeGreaterThan(0);
  });

  test('pem and rfc4716 encodings are what they say; same copies a value and its key', async () => {
    const b = await bind({ k: { key: 'ecdsa-nistp256' }, copy: { same: 'k' } });
    const enc = await bind({
      p: { key: 'ecdsa-nistp256', encoding: 'pem' },
      r: { key: 'ecdsa-nistp256', encoding: 'rfc4716' },
    });
    expect(enc.values.p).toContain('BEGIN PUBLIC KEY');
    expect(enc.values.r).toContain('BEGIN SSH2 PUBLIC KEY');
    expect(b.values.copy).toBe(b.values.k);
    expect(b.keys.copy).toBe(b.keys.k);
  });

  test('text vars have the exact length in code points; same+swapcase derives', async () => {
    const b = await bind({
      t: { text: { length: 128, fill: '中' } },
      n: { literal: 'AbC' },
      s: { same: 'n', transform: 'swapcase' },
    });
    expect([...b.values.t!].length).toBe(128);
    expect(b.values.s).toBe('aBc');
  });

  test('an unknown key type or malformed variant is a case-file error naming it', async () => {
    await expect(bind({ k: { key: 'rsa-17' } })).rejects.toThrow(/unknown key type "rsa-17"/);
    await expect(bind({ k: { malformed: { of: 'ecdsa-nistp256', variant: 'nope' } } })).rejects.toThrow(/nope/);
  });

  test('built-in variables come first and carry the token', async () => {
    const b = await bind({});
    expect(b.values).toMatchObject({ region: 'cn-hangzhou', secondRegion: 'cn-shanghai', token: 'kpcabcdefghij' });
    expect(b.values.unknownRegion).toBe('xx-kpc-nowhere-1');
    expect(b.values.unknownResourceGroup).toBe('rg-kpcabcdefghij');
  });

  test('interpolate names an undefined variable', () => {
    expect(interpolate('${a}-x', { a: '1' })).toBe('1-x');
    expect(() => interpolate('${nope}', { a: '1' })).toThrow(/\$\{nope\} is not defined/);
  });
});
