import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { minuteKeys, nonceCount, nonceSeen, recordNonce } from './nonce-book.ts';
import type { NonceBook } from './types.ts';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (minutes: number): Date => new Date(t0.getTime() + minutes * 60_000);
const minuteOf = (d: Date): number => Math.floor(d.getTime() / 60_000);

/** A book as plain data: each minute and the keys it holds. */
type Plain = Array<{ minute: number; keys: readonly string[] }>;
const plain = (book: NonceBook): Plain => book.map((m) => ({ minute: m.minute, keys: minuteKeys(m) }));

/** recordNonce as first written, on plain data: expired and current minutes filtered out, the current one appended. */
function reference(book: Plain, id: string, nonce: string, now: Date): Plain {
  const minute = minuteOf(now);
  const key = `${id}\n${nonce}`;
  const next = book.filter((m) => m.minute >= minute - 16 && m.minute !== minute);
  const keys = book.find((m) => m.minute === minute)?.keys ?? [];
  next.push({ minute, keys: keys.includes(key) ? keys : [...keys, key] });
  return next;
}
const seenIn = (book: Plain, id: string, nonce: string, now: Date): boolean =>
  book.some((m) => m.minute >= minuteOf(now) - 16 && m.keys.includes(`${id}\n${nonce}`));

describe('nonce book', () => {
  test('remembers thousands of nonces within a minute, per AccessKeyId', () => {
    let book: NonceBook = [];
    for (let i = 0; i < 5000; i++) book = recordNonce(book, 'id', `n${i}`, t0);
    expect(nonceCount(book)).toBe(5000);
    expect(nonceSeen(book, 'id', 'n4999', at(1))).toBe(true);
    expect(nonceSeen(book, 'other', 'n4999', at(1))).toBe(false);
    expect(nonceSeen(book, 'id', 'n5000', at(1))).toBe(false);
  });

  test('recording leaves the book it started from as it was, and a book taken up again branches off', () => {
    const before = recordNonce([], 'id', 'a', t0);
    const after = recordNonce(before, 'id', 'b', t0);
    const branch = recordNonce(before, 'id', 'c', t0);
    expect(plain(before)).toEqual([{ minute: minuteOf(t0), keys: ['id\na'] }]);
    expect(plain(after)).toEqual([{ minute: minuteOf(t0), keys: ['id\na', 'id\nb'] }]);
    expect(plain(branch)).toEqual([{ minute: minuteOf(t0), keys: ['id\na', 'id\nc'] }]);
    expect(nonceSeen(before, 'id', 'b', t0)).toBe(false);
    expect(nonceSeen(branch, 'id', 'b', t0)).toBe(false);
    expect(nonceSeen(after, 'id', 'c', t0)).toBe(false);
    expect(nonceSeen(recordNonce(after, 'id', 'd', t0), 'id', 'b', t0)).toBe(true);
  });

  test('a nonce recorded twice counts once', () => {
    const book = recordNonce(recordNonce([], 'id', 'a', t0), 'id', 'a', t0);
    expect(nonceCount(book)).toBe(1);
  });

  test('forgets a minute once it leaves the window', () => {
    const book = recordNonce([], 'id', 'a', t0);
    expect(nonceSeen(book, 'id', 'a', at(16))).toBe(true);
    expect(nonceSeen(book, 'id', 'a', at(17))).toBe(false);
    expect(plain(recordNonce(book, 'id', 'b', at(17)))).toEqual([{ minute: minuteOf(at(17)), keys: ['id\nb'] }]);
  });
});

describe('nonce book, as plain lists of keys answer', () => {
  test('through records, look-ups and older books taken up again, from books with minutes in any order', () => {
    const start = fc.array(
      fc.record({
        minute: fc.oneof(
          fc.integer({ min: -20, max: 3 }).map((m) => minuteOf(t0) + m),
          fc.constant(Number.NaN),
        ),
        nonces: fc.subarray(['a', 'x']),
      }),
      { maxLength: 6 },
    );
    // Mostly the same few minutes (so books share logs), sometimes far apart (so minutes expire).
    const when = fc.oneof(fc.integer({ min: 0, max: 1 }), fc.integer({ min: -2, max: 40 }));
    const op = fc.oneof(
      fc.record({ record: fc.constantFrom('a', 'b', 'c', 'd', 'e'), at: when }),
      fc.record({ seen: fc.constantFrom('a', 'b', 'c', 'x'), at: when }),
      fc.record({ back: fc.nat(10) }),
    );
    fc.assert(
      fc.property(start, fc.array(op, { maxLength: 60 }), (minutes, ops) => {
        let book = minutes.reduce<NonceBook>((b, m) => {
          const one = m.nonces.reduce<NonceBook>((x, n) => recordNonce(x, 'id', n, at(0)), []);
          return [...b, { ...(one[0] ?? { log: new Map(), count: 0 }), minute: m.minute }];
        }, []);
        let model = plain(book);
        const history: Array<[NonceBook, Plain]> = [[book, model]];
        for (const o of ops) {
          if ('record' in o) {
            book = recordNonce(book, 'id', o.record, at(o.at));
            model = reference(model, 'id', o.record, at(o.at));
          } else if ('seen' in o) {
            expect(nonceSeen(book, 'id', o.seen, at(o.at))).toBe(seenIn(model, 'id', o.seen, at(o.at)));
          } else [book, model] = history[Math.max(0, history.length - 1 - o.back)]!;
          expect(plain(book)).toEqual(model);
          history.push([book, model]);
        }
        // Every book of the history still holds what it held when it was made.
        for (const [b, m] of history) expect(plain(b)).toEqual(m);
      }),
      { numRuns: 2000 },
    );
  });
});
