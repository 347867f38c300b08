import { describe, expect, test } from 'vitest';
import { decodeForm } from './form-decode.ts';

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
