/**
 * The nonces accepted in the last 15 minutes, per AccessKeyId: one persistent set a
 * minute, in a short list (numbers, not object keys: no string conversions on the way),
 * so expiry drops whole minutes and recording a nonce copies only a short path of
 * one set. Recording stays cheap however many nonces the window holds, and every older
 * book stays a valid, unchanged value (the core's state is never mutated).
 */
import { EMPTY_SET, setAdd, setHas, setSize } from './string-set.ts';
import type { NonceBook } from './types.ts';

/** How long a nonce is remembered: the 15-minute window of the signature rules. */
export const NONCE_WINDOW_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

function nonceKey(accessKeyId: string, nonce: string): string {
  return `${accessKeyId}\n${nonce}`;
}

function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / MINUTE_MS);
}

/** Oldest minute bucket still inside the window (one extra minute: buckets are coarse). */
function oldestLiveMinute(now: Date): number {
  return minuteOf(now) - NONCE_WINDOW_MS / MINUTE_MS - 1;
}

/** True when the nonce was used by this key within the window. */
export function nonceSeen(book: NonceBook, accessKeyId: string, nonce: string, now: Date): boolean {
  const key = nonceKey(accessKeyId, nonce);
  const oldest = oldestLiveMinute(now);
  for (const m of book) if (m.minute >= oldest && setHas(m.nonces, key)) return true;
  return false;
}

/** Records a nonce at `now` and drops buckets that left the window. */
export function recordNonce(book: NonceBook, accessKeyId: string, nonce: string, now: Date): NonceBook {
  const oldest = oldestLiveMinute(now);
  const minute = minuteOf(now);
  const key = nonceKey(accessKeyId, nonce);
  const next = book.filter((m) => m.minute >= oldest && m.minute !== minute);
  const current = book.find((m) => m.minute === minute)?.nonces ?? EMPTY_SET;
  next.push({ minute, nonces: setAdd(current, key) });
  return next;
}

/** The number of nonces still remembered. */
export function nonceCount(book: NonceBook): number {
  return book.reduce((n, m) => n + setSize(m.nonces), 0);
}
