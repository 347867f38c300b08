import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeCanonicalBase64 } from './base64.ts';

describe('decodeCanonicalBase64', () => {
  test('decodes canonical padded base64', () => {
    const r = decodeCanonicalBase64('AAECAw==');
    expect(r.ok && [...r.bytes]).toEqual([0, 1, 2, 3]);
  });

  test.for([
    ['', 'base64 blob is empty'],
    ['AAEC!w==', 'base64 blob has character "!" at position 4, which is not allowed there'],
    ['AA=CAw==', "base64 blob has padding '=' at position 2, which is not allowed there"],
    ['AAECAw', 'base64 blob length 6 is not a multiple of 4 (missing or extra padding)'],
    ['AAECAx==', 'base64 blob is not canonical (non-zero bits in the final padding group)'],
    ['AAEC Aw==', 'base64 blob has character " " at position 4, which is not allowed there'],
    ['AAECA-==', 'base64 blob has character "-" at position 5, which is not allowed there'],
  ])('rejects %j with a precise reason', ([text, reason]) => {
    expect(decodeCanonicalBase64(text ?? '')).toEqual({ ok: false, reason });
  });
});

describe('decodeCanonicalBase64, any text', () => {
  // The reference: a text is canonical when decoding and encoding again gives it back.
  const reference = (t: string): boolean =>
    /^[A-Za-z0-9+/]*={0,2}$/.test(t) && t.length % 4 === 0 && Buffer.from(t, 'base64').toString('base64') === t;

  test('accepts exactly the texts that survive a round trip, with their bytes', () => {
    const char = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='.split(''),
      'AA',
      'Q=',
    );
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 16 }), (parts) => {
        const t = parts.join('');
        const r = decodeCanonicalBase64(t);
        expect(r.ok).toBe(reference(t));
        if (r.ok) expect(r.bytes.toString('base64')).toBe(t);
      }),
      { numRuns: 5000 },
    );
  });
});
