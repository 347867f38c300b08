import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadSpec } from '../spec/load.ts';
import { isValidKeyPairName } from '../spec/predicates.ts';
import { makeName } from './names.ts';
import { newRunToken, isRunToken } from './token.ts';

const spec = loadSpec();
const token = 'kpcabc123xyz0';
const rnd = (): number => 0.5;

describe('makeName', () => {
  test('a name without a length carries the token and is valid', () => {
    const n = makeName({}, `${token}1`, rnd);
    expect(n).toContain(token);
    expect(isValidKeyPairName(spec, n)).toBe(true);
  });
  test.for([1, 2, 3, 127, 128, 129])('produces exactly %i characters', (len) => {
    expect([...makeName({ length: len }, `${token}1`, rnd)].length).toBe(len);
    expect([...makeName({ length: len, fill: 'cjk', prefix: '中' }, `${token}1`, rnd)].length).toBe(len);
  });
  test('keeps the token when the length allows it, and pads with the fill', () => {
    const n = makeName({ length: 128, prefix: '中', fill: 'cjk' }, `${token}1`, rnd);
    expect(n.startsWith(`中${token}1`)).toBe(true);
    expect(isValidKeyPairName(spec, n)).toBe(true);
  });
  test('puts the infix inside the core, after the whole token', () => {
    const n = makeName({ infix: ' ' }, `${token}1`, rnd);
    expect(n).toBe(`${token} 1`);
    expect(isValidKeyPairName(spec, n)).toBe(false);
  });
  test('a digit prefix makes the first character a digit', () => {
    expect(makeName({ prefix: '1' }, `${token}1`, rnd)).toMatch(/^1kpc/);
  });
  test('short names are random letters of the fill alphabet', () => {
    const a = makeName({ length: 2, fill: 'cjk' }, `${token}1`, Math.random);
    expect(a).toMatch(/^\p{Script=Han}{2}$/u);
  });
  test('every spec-conformant name spec yields a valid name (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 128 }),
        fc.constantFrom('latin' as const, 'cjk' as const),
        fc.constantFrom('', ':', '_', '.', '-'),
        (length, fill, infix) => {
          const n = makeName({ length, fill, infix }, `${token}7`, Math.random);
          return [...n].length === length && (length < 3 && infix ? true : isValidKeyPairName(spec, n));
        },
      ),
    );
  });
});

describe('run token', () => {
  test('is kpc and ten base36 characters', () => {
    const t = newRunToken();
    expect(isRunToken(t)).toBe(true);
    expect(newRunToken()).not.toBe(t);
  });
});
