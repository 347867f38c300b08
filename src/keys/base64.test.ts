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
