import { describe, expect, test } from 'vitest';
import { nonceCount, nonceSeen, recordNonce } from './nonce-book.ts';
import type { NonceBook } from './types.ts';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (minutes: number): Date => new Date(t0.getTime() + minutes * 60_000);

describe('nonce book', () => {
  test('remembers thousands of nonces within a minute, per AccessKeyId', () => {
    let book: NonceBook = [];
    for (let i = 0; i < 5000; i++) book = recordNonce(book, 'id', `n${i}`, t0);
    expect(nonceCount(book)).toBe(5000);
    expect(nonceSeen(book, 'id', 'n4999', at(1))).toBe(true);
    expect(nonceSeen(book, 'other', 'n4999', at(1))).toBe(false);
    expect(nonceSeen(book, 'id', 'n5000', at(1))).toBe(false);
  });

  test('recording leaves the book it started from as it was', () => {
    const before = recordNonce([], 'id', 'a', t0);
    const snapshot = JSON.stringify(before);
    const after = recordNonce(before, 'id', 'b', t0);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(nonceSeen(before, 'id', 'b', t0)).toBe(false);
    expect(nonceSeen(after, 'id', 'b', t0)).toBe(true);
  });

  test('a nonce recorded twice counts once', () => {
    const book = recordNonce(recordNonce([], 'id', 'a', t0), 'id', 'a', t0);
    expect(nonceCount(book)).toBe(1);
  });
});
