import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nonceCount, nonceSeen, recordNonce } from './nonce-book.ts';
import { EMPTY_SET, setAdd, setHas } from './string-set.ts';
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

describe('recordNonce', () => {
  /** recordNonce as first written: expired and current minutes filtered out, the current one appended. */
  function reference(book: NonceBook, id: string, nonce: string, now: Date): NonceBook {
    const minute = Math.floor(now.getTime() / 60_000);
    const oldest = minute - 16;
    const next = book.filter((m) => m.minute >= oldest && m.minute !== minute);
    const current = book.find((m) => m.minute === minute)?.nonces ?? EMPTY_SET;
    next.push({ minute, nonces: setAdd(current, `${id}\n${nonce}`) });
    return next;
  }
  const minuteOf = (d: Date): number => Math.floor(d.getTime() / 60_000);

  test('gives the book the filter-and-append form gives, in any order of minutes (a state file may hold any)', () => {
    const bucket = fc.record({
      minute: fc.oneof(
        fc.integer({ min: -20, max: 3 }).map((m) => minuteOf(t0) + m),
        fc.constant(Number.NaN),
      ),
      nonces: fc.constantFrom(EMPTY_SET, setAdd(EMPTY_SET, 'id\nx')),
    });
    fc.assert(
      fc.property(fc.array(bucket, { maxLength: 6 }), fc.integer({ min: -2, max: 3 }), (book, m) => {
        expect(recordNonce(book, 'id', 'n', at(m))).toEqual(reference(book, 'id', 'n', at(m)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('nonce book, as the tries alone answer', () => {
  const minute = (d: Date): number => Math.floor(d.getTime() / 60_000);
  const seenInTries = (book: NonceBook, id: string, nonce: string, now: Date): boolean =>
    book.some((m) => m.minute >= minute(now) - 16 && setHas(m.nonces, `${id}\n${nonce}`));

  test('through records, look-ups, older books taken up again and books from elsewhere', () => {
    const op = fc.oneof(
      fc.record({ record: fc.constantFrom('a', 'b', 'c', 'd', 'e'), at: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ seen: fc.constantFrom('a', 'b', 'c', 'x'), at: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ back: fc.nat(10) }),
      fc.constant({ fresh: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const history: NonceBook[] = [[]];
        let book: NonceBook = [];
        for (const o of ops) {
          if ('record' in o) {
            const next = recordNonce(book, 'id', o.record, at(o.at));
            expect(JSON.stringify(next)).toBe(JSON.stringify(referenceRecord(book, 'id', o.record, at(o.at))));
            book = next;
          } else if ('seen' in o) {
            expect(nonceSeen(book, 'id', o.seen, at(o.at))).toBe(seenInTries(book, 'id', o.seen, at(o.at)));
          } else if ('back' in o) book = history[Math.max(0, history.length - 1 - o.back)]!;
          else book = JSON.parse(JSON.stringify(book)) as NonceBook; // as loaded from a state file
          history.push(book);
        }
      }),
      { numRuns: 1000 },
    );
  });

  /** recordNonce as first written. */
  function referenceRecord(book: NonceBook, id: string, nonce: string, now: Date): NonceBook {
    const m = minute(now);
    const next = book.filter((b) => b.minute >= m - 16 && b.minute !== m);
    next.push({ minute: m, nonces: setAdd(book.find((b) => b.minute === m)?.nonces ?? EMPTY_SET, `${id}\n${nonce}`) });
    return next;
  }
});
