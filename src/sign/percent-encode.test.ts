import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeQuery } from './form-decode.ts';
import { canonicalQuery, isCanonicalQuery, percentEncode } from './percent-encode.ts';

describe('percentEncode', () => {
  test('leaves the RFC 3986 unreserved set literal', () => {
    expect(percentEncode('AZaz09-_.~')).toBe('AZaz09-_.~');
  });

  test('encodes space as %20 and the sub-delims the SDK leaves bare', () => {
    expect(percentEncode(" *!'()")).toBe('%20%2A%21%27%28%29');
  });

  test('encodes reserved characters with uppercase hex', () => {
    expect(percentEncode('+/=&?#%:')).toBe('%2B%2F%3D%26%3F%23%25%3A');
  });

  test('encodes non-ASCII as its UTF-8 bytes', () => {
    expect(percentEncode('中')).toBe('%E4%B8%AD');
    expect(percentEncode('😀')).toBe('%F0%9F%98%80');
  });

  test('encodes a lone surrogate as U+FFFD instead of throwing', () => {
    expect(percentEncode('\uD800')).toBe('%EF%BF%BD');
  });
});

describe('canonicalQuery', () => {
  test('sorts by encoded name and joins k=v with &', () => {
    expect(
      canonicalQuery([
        ['b', '2'],
        ['a', 'x y'],
        ['Tag.1.Key', '*'],
      ]),
    ).toBe('Tag.1.Key=%2A&a=x%20y&b=2');
  });

  test('breaks a tie on the name by the value', () => {
    expect(
      canonicalQuery([
        ['a', '2'],
        ['a', '1'],
      ]),
    ).toBe('a=1&a=2');
  });

  test('is empty for no pairs', () => {
    expect(canonicalQuery([])).toBe('');
  });
});

describe('percentEncode, any string', () => {
  // The reference: UTF-8 bytes (a lone surrogate as U+FFFD), unreserved bytes literal.
  function reference(s: string): string {
    let out = '';
    for (const b of new TextEncoder().encode(s)) {
      const c = String.fromCharCode(b);
      out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  }

  test('encodes every string as its UTF-8 bytes, only the unreserved set literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(percentEncode(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(percentEncode(s)).toBe(reference(s));
      }),
    );
  });
});

describe('isCanonicalQuery', () => {
  // Pieces of raw queries: literal and escaped characters, right and wrong, and separators.
  const piece = fc.constantFrom(
    'a',
    'b',
    'Z',
    '0',
    '-',
    '.',
    '_',
    '~',
    '=',
    '&',
    '+',
    '*',
    ' ',
    '%20',
    '%2A',
    '%2a',
    '%41',
    '%2B',
    '%3D',
    '%26',
    '%E4%B8%AD',
    '%C3',
    '%FF',
    '%7E',
    '%5F',
    '%2D',
    '%2E',
    '中',
  );

  test('whenever it says yes, signing the query as received equals canonicalising its pairs', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const raw = parts.join('');
        const decoded = decodeQuery(raw);
        if (isCanonicalQuery(raw) && decoded.ok) expect(canonicalQuery(decoded.pairs)).toBe(raw);
      }),
      { numRuns: 5000 },
    );
  });

  test('says yes to every canonical query, as a signing client sends it', () => {
    const pair = fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), (pairs) => {
        expect(isCanonicalQuery(canonicalQuery(pairs))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(isCanonicalQuery('')).toBe(true);
  });

  test('says no to what canonicalising would change', () => {
    for (const raw of ['b=1&a=2', 'a=x+y', 'a=%2a', 'a=%41', 'a', 'a=1&&b=2', '=1', 'a=1=2', 'a=1&a=%E4%B8%AD'])
      expect(isCanonicalQuery(raw), raw).toBe(false);
    for (const raw of ['a=1&', '&a=1', 'a=%4', 'a=%', 'a=%%41', 'ab=1&a=2', 'a=12&a=1', 'a=1&a=1', 'a=&a=1', 'a=1&b='])
      expect(isCanonicalQuery(raw), raw).toBe(referenceIsCanonical(raw));
  });

  test('answers as the pattern-and-split test it replaced, for any text of query pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ arbitrary: piece, weight: 6 }, fc.string({ maxLength: 2 })), { maxLength: 24 }),
        (parts) => {
          const raw = parts.join('');
          expect(isCanonicalQuery(raw), raw).toBe(referenceIsCanonical(raw));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

/** isCanonicalQuery as it was written first: three patterns, then the segments split and compared. */
function referenceIsCanonical(raw: string): boolean {
  if (!/^[A-Za-z0-9\-_.~=&%]*$/.test(raw) || /%(?![0-9A-F]{2})/.test(raw)) return false;
  if (/%(?:2[DE]|3[0-9]|4[1-9A-F]|5[0-9AF]|6[1-9A-F]|7[0-9AE])/.test(raw)) return false;
  if (raw === '') return true;
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  let previous: string[] | undefined;
  for (const segment of raw.split('&')) {
    const pair = segment.split('=');
    if (pair.length !== 2 || pair[0] === '') return false;
    if (previous !== undefined && (cmp(previous[0]!, pair[0]!) || cmp(previous[1]!, pair[1]!)) > 0) return false;
    previous = pair;
  }
  return true;
}
