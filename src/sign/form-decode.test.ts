import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeForm, decodeQuery } from './form-decode.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeForm', () => {
  test('decodes pairs in order, with + as space and %XX in either case', () => {
    expect(decodeForm(bytes('b=x+y&a=%2f%2F&c'))).toEqual({
      ok: true,
      pairs: [
        ['b', 'x y'],
        ['a', '//'],
        ['c', ''],
      ],
    });
  });

  test('skips empty segments', () => {
    expect(decodeForm(bytes('&a=1&&b=2&'))).toEqual({
      ok: true,
      pairs: [
        ['a', '1'],
        ['b', '2'],
      ],
    });
  });

  test('keeps only the first = as the separator', () => {
    expect(decodeForm(bytes('k=a=b'))).toEqual({ ok: true, pairs: [['k', 'a=b']] });
  });

  test('decodes UTF-8 sequences and the bare characters the SDK leaves unescaped', () => {
    expect(decodeForm(bytes("t=%E4%B8%AD*~!'()"))).toEqual({ ok: true, pairs: [['t', "中*~!'()"]] });
  });

  test('rejects a truncated escape in a value, naming the parameter', () => {
    expect(decodeForm(bytes('Name=ab%2'))).toEqual({
      ok: false,
      name: 'Name',
      rawName: 'Name',
      reason: 'malformed percent-encoding',
    });
  });

  test('rejects a non-hex escape in a name', () => {
    expect(decodeForm(bytes('N%ZZ=1'))).toMatchObject({ ok: false, name: undefined, rawName: 'N%ZZ' });
  });

  test('rejects bytes that are not UTF-8', () => {
    expect(decodeForm(bytes('v=%FF'))).toMatchObject({ ok: false, name: 'v', reason: 'invalid UTF-8' });
    expect(decodeForm(bytes('%C3=1'))).toMatchObject({ ok: false, name: undefined, reason: 'invalid UTF-8' });
  });

  test('rejects an empty name', () => {
    expect(decodeForm(bytes('=1'))).toMatchObject({ ok: false, reason: 'empty name' });
  });

  test('keeps a leading byte-order mark as data', () => {
    expect(decodeForm(bytes('v=%EF%BB%BFx'))).toEqual({ ok: true, pairs: [['v', '\uFEFFx']] });
  });
});

describe('decodeQuery', () => {
  const asQuery = (parts: string[]): string => parts.join('');
  // Pieces that exercise every branch: escapes good and bad, UTF-8 good and bad, separators.
  const piece = fc.constantFrom(
    'a',
    'Z',
    '0',
    '-',
    '.',
    '~',
    '*',
    "'",
    '+',
    '=',
    '&',
    '%',
    '%2',
    '%41',
    '%2B',
    '%2b',
    '%26',
    '%3D',
    '%E4%B8%AD',
    '%C3',
    '%FF',
    '%EF%BB%BF',
    '%ED%A0%80',
    '%C0%AF',
    '%F4%90%80%80',
    '中',
    ' ',
    '\u0000',
  );

  test('decodes any query exactly as decodeForm decodes its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const q = asQuery(parts);
        expect(decodeQuery(q)).toEqual(decodeForm(bytes(q)));
      }),
      { numRuns: 3000 },
    );
  });

  test('decodes a signed SDK query', () => {
    expect(decodeQuery('KeyPairName=k%2A1&PublicKeyBody=ssh-rsa%20AAAA%2B%2F%3D&RegionId=cn-hangzhou')).toEqual({
      ok: true,
      pairs: [
        ['KeyPairName', 'k*1'],
        ['PublicKeyBody', 'ssh-rsa AAAA+/='],
        ['RegionId', 'cn-hangzhou'],
      ],
    });
  });
});
