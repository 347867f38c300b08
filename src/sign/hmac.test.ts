import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hmacSha256Hex } from './hmac.ts';

const reference = (secret: string, message: string): string =>
  createHmac('sha256', secret).update(message, 'utf8').digest('hex');

// Any code unit, lone surrogates included: both sides encode them as UTF-8 (U+FFFD).
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
  );

describe('hmacSha256Hex', () => {
  test('equals createHmac for any secret and message', () => {
    fc.assert(
      fc.property(text(100), text(300), (secret, message) => {
        expect(hmacSha256Hex(secret, message)).toBe(reference(secret, message));
      }),
      { numRuns: 2000 },
    );
  });

  test('secrets of a block, over a block, and empty', () => {
    for (const secret of ['', 'k'.repeat(63), 'k'.repeat(64), 'k'.repeat(65), 'ü'.repeat(40), '😀'.repeat(17)]) {
      for (const message of ['', 'ACS3-HMAC-SHA256\n' + 'a'.repeat(64), '中'.repeat(500)])
        expect(hmacSha256Hex(secret, message)).toBe(reference(secret, message));
    }
  });

  test('messages longer than the kept buffer, and short ones after them', () => {
    const long = 'x'.repeat(5000) + '😀'.repeat(700);
    expect(hmacSha256Hex('s', long)).toBe(reference('s', long));
    expect(hmacSha256Hex('s', 'short')).toBe(reference('s', 'short'));
    expect(hmacSha256Hex('s', '中'.repeat(1024))).toBe(reference('s', '中'.repeat(1024)));
  });

  test('many secrets in turn (the memory of prepared keys is bounded and refilled)', () => {
    for (let i = 0; i < 100; i++) {
      const secret = `secret-${i % 40}`;
      expect(hmacSha256Hex(secret, `message ${i}`)).toBe(reference(secret, `message ${i}`));
    }
  });

  test('the RFC 4231 test case 2', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});
