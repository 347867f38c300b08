/**
 * The nonces accepted in the last 15 minutes, per AccessKeyId: one persistent set a
 * minute, so expiry drops whole minutes and recording a nonce copies only a short path of
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
  for (const minute of Object.keys(book)) if (Number(minute) >= oldest && setHas(book[minute]!, key)) return true;
  return false;
}

/** Records a nonce at `now` and drops buckets that left the window. */
export function recordNonce(book: NonceBook, accessKeyId: string, nonce: string, now: Date): NonceBook {
  const oldest = oldestLiveMinute(now);
  const current = String(minuteOf(now));
  const next: Record<string, NonceBook[string]> = {};
  for (const minute of Object.keys(book)) if (Number(minute) >= oldest) next[minute] = book[minute]!;
  next[current] = setAdd(next[current] ?? EMPTY_SET, nonceKey(accessKeyId, nonce));
  return next;
}

/** The number of nonces still remembered. */
export function nonceCount(book: NonceBook): number {
  return Object.values(book).reduce((n, set) => n + setSize(set), 0);
}
