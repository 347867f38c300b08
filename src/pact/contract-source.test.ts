import { describe, expect, test } from 'vitest';
import { recordedFingerprints } from '../keys/fixtures.ts';
import { bindContractVars, fixedKey, seededRandom, shortHash, UnbindableCase } from './contract-source.ts';

describe('bindContractVars', () => {
  test('binds the same case to the same names and keys every time', async () => {
    const vars = {
      name: { name: { length: 2 } },
      long: { name: { length: 128, fill: 'cjk' as const } },
      key: { key: 'rsa-2048' },
    };
    expect(await bindContractVars('c/1', vars)).toEqual(await bindContractVars('c/1', vars));
  });

  test('names carry the contract token and differ between cases', async () => {
    const a = (await bindContractVars('case/a', { n: { name: {} } })).values['n'];
    const b = (await bindContractVars('case/b', { n: { name: {} } })).values['n'];
    expect(a).toMatch(/^kpcpact[0-9a-z]{5}$/);
    expect(a).not.toBe(b);
  });

  test('gives two key vars of one kind two different fixture keys', async () => {
    const b = await bindContractVars('dup', { first: { key: 'ecdsa-nistp256' }, second: { key: 'ecdsa-nistp256' } });
    expect(b.keys['first']!.id).toBe('ecdsa-nistp256');
    expect(b.keys['second']!.id).not.toBe('ecdsa-nistp256');
    expect(b.values['first']).not.toBe(b.values['second']);
  });

  test('appends a comment when the case asks for one', async () => {
    const b = await bindContractVars('c', { key: { key: 'dsa-1024', comment: 'user@host' } });
    expect(b.values['key']).toMatch(/^ssh-dss \S+ user@host$/);
  });

  test('refuses a private-key body, since the fixtures keep no private keys', async () => {
    const vars = { key: { malformed: { of: 'rsa-2048', variant: 'private-key-pem' } } };
    await expect(bindContractVars('c', vars)).rejects.toThrow(UnbindableCase);
  });

  test('derives malformed bodies from the fixture, deterministically', async () => {
    const v = { key: { malformed: { of: 'ecdsa-nistp256', variant: 'no-blob' } } };
    expect((await bindContractVars('c', v)).values['key']).toBe('ecdsa-sha2-nistp256');
  });

  test('resolves builtins such as the token for later templates', async () => {
    expect((await bindContractVars('c', undefined)).values['token']).toBe('kpcpact');
  });
});

describe('fixedKey', () => {
  test('fingerprints the fixtures exactly as ssh-keygen -E md5 did', () => {
    for (const r of recordedFingerprints('ssh-keygen-md5.txt')) {
      const id = r.file.replace(/\.pub$/, '');
      expect(`MD5:${fixedKey(id).fingerprint.colon}`).toBe(r.fingerprint);
    }
  });

  test('drops the empty comment of the fixture file', () => {
    expect(fixedKey('ecdsa-nistp256').publicKey).toMatch(/^ecdsa-sha2-nistp256 [A-Za-z0-9+/=]+$/);
  });
});

describe('seededRandom and shortHash', () => {
  test('a seed gives the same sequence every time, and another seed another', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const seqA = [a(), a(), a()];
    expect(seqA).toEqual([b(), b(), b()]);
    expect(seededRandom('y')()).not.toBe(seqA[0]);
    expect(seqA.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  test('shortHash is five base36 characters', () => {
    expect(shortHash('anything')).toMatch(/^[0-9a-z]{5}$/);
  });
});
