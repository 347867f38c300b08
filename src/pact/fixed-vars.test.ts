import { describe, expect, test } from 'vitest';
import { recordedFingerprints } from '../keys/fixtures.ts';
import { CONTRACT_BUILTINS } from './contract.ts';
import { bindFixedVars, fixedKey, seededRandom, shortHash, UnbindableCase } from './fixed-vars.ts';

describe('bindFixedVars', () => {
  test('binds the same case to the same names and keys every time', () => {
    const vars = {
      name: { name: { length: 2 } },
      long: { name: { length: 128, fill: 'cjk' as const } },
      key: { key: 'rsa-2048' },
    };
    expect(bindFixedVars('c/1', vars, CONTRACT_BUILTINS)).toEqual(bindFixedVars('c/1', vars, CONTRACT_BUILTINS));
  });

  test('names carry the contract token and differ between cases', () => {
    const a = bindFixedVars('case/a', { n: { name: {} } }, CONTRACT_BUILTINS).values['n'];
    const b = bindFixedVars('case/b', { n: { name: {} } }, CONTRACT_BUILTINS).values['n'];
    expect(a).toMatch(/^kpcpact[0-9a-z]{5}$/);
    expect(a).not.toBe(b);
  });

  test('gives two key vars of one kind two different fixture keys', () => {
    const b = bindFixedVars(
      'dup',
      { first: { key: 'ecdsa-nistp256' }, second: { key: 'ecdsa-nistp256' } },
      CONTRACT_BUILTINS,
    );
    expect(b.keys['first']!.id).toBe('ecdsa-nistp256');
    expect(b.keys['second']!.id).not.toBe('ecdsa-nistp256');
    expect(b.values['first']).not.toBe(b.values['second']);
  });

  test('appends a comment when the case asks for one', () => {
    const b = bindFixedVars('c', { key: { key: 'dsa-1024', comment: 'user@host' } }, CONTRACT_BUILTINS);
    expect(b.values['key']).toMatch(/^ssh-dss \S+ user@host$/);
  });

  test('refuses a private-key body, since the fixtures keep no private keys', () => {
    expect(() =>
      bindFixedVars('c', { key: { malformed: { of: 'rsa-2048', variant: 'private-key-pem' } } }, CONTRACT_BUILTINS),
    ).toThrow(UnbindableCase);
  });

  test('derives malformed bodies from the fixture, deterministically', () => {
    const v = { key: { malformed: { of: 'ecdsa-nistp256', variant: 'no-blob' } } };
    expect(bindFixedVars('c', v, CONTRACT_BUILTINS).values['key']).toBe('ecdsa-sha2-nistp256');
  });

  test('resolves builtins such as the token for later templates', () => {
    expect(bindFixedVars('c', undefined, CONTRACT_BUILTINS).values['token']).toBe('kpcpact');
  });
});

describe('fixedKey', () => {
  test('fingerprints the fixtures exactly as ssh-keygen -E md5 did', () => {
    for (const r of recordedFingerprints('ssh-keygen-md5.txt')) {
      const id = r.file.replace(/\.pub$/, '');
      expect(`MD5:${fixedKey(id).fingerprint}`).toBe(r.fingerprint);
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
