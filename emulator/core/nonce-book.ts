/**
 * The nonces accepted in the last 15 minutes, per AccessKeyId: one entry a minute, in a
 * short list (numbers, not object keys: no string conversions on the way), so expiry drops
 * whole minutes.
 *
 * A minute's nonces are the first `count` keys of a log that only ever grows at its end.
 * Recording into the newest minute of a log appends to the log and gives a minute one key
 * longer; every older minute keeps its count, so it still holds exactly the keys it held
 * (every book stays a valid, unchanged value: the core's state is never changed in place).
 * Recording into an older minute, one a later key was already appended after, copies its
 * keys into a log of its own first. A log keeps where each key is, so a look-up is one
 * probe of a hash table however many nonces the window holds, and nothing is copied a
 * request. (A persistent hash trie did this before: a path of 32-slot arrays copied for
 * every nonce, which the collector then moved and traced, and a Set beside it to look up.)
 */
import type { NonceBook, NonceMinute } from './types.ts';

/** How long a nonce is remembered: the 15-minute window of the signature rules. */
export const NONCE_WINDOW_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The key of the last nonce looked up: a request looks its nonce up, then records it. */
let lastKey = { accessKeyId: '', nonce: '', key: '\n' };

function keyOf(accessKeyId: string, nonce: string): string {
  if (accessKeyId !== lastKey.accessKeyId || nonce !== lastKey.nonce)
    lastKey = { accessKeyId, nonce, key: `${accessKeyId}\n${nonce}` };
  return lastKey.key;
}

function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / MINUTE_MS);
}

/** Oldest minute bucket still inside the window (one extra minute: buckets are coarse). */
function oldestLiveMinute(now: Date): number {
  return minuteOf(now) - NONCE_WINDOW_MS / MINUTE_MS - 1;
}

/** True when the minute holds the key. */
function holds(m: NonceMinute, key: string): boolean {
  const i = m.log.get(key);
  return i !== undefined && i < m.count;
}

/** The minute with `key` added (the same minute when it holds it); `m` undefined for a minute with none yet. */
function withKey(m: NonceMinute | undefined, minute: number, key: string): NonceMinute {
  if (m !== undefined && holds(m, key)) return m;
  const count = m?.count ?? 0;
  // Only this module ever adds to a log: a minute that holds all of its log may.
  const log = m !== undefined && m.count === m.log.size ? (m.log as Map<string, number>) : prefixOf(m);
  log.set(key, count);
  return { minute, log, count: count + 1 };
}

/** A log of its own holding the minute's keys (an empty one for no minute). */
function prefixOf(m: NonceMinute | undefined): Map<string, number> {
  return new Map(m === undefined ? [] : minuteKeys(m).map((k, i) => [k, i]));
}

/** True when the nonce was used by this key within the window. */
export function nonceSeen(book: NonceBook, accessKeyId: string, nonce: string, now: Date): boolean {
  const key = keyOf(accessKeyId, nonce);
  const oldest = oldestLiveMinute(now);
  for (const m of book) if (m.minute >= oldest && holds(m, key)) return true;
  return false;
}

/** Records a nonce at `now` and drops buckets that left the window. */
export function recordNonce(book: NonceBook, accessKeyId: string, nonce: string, now: Date): NonceBook {
  const oldest = oldestLiveMinute(now);
  const minute = minuteOf(now);
  const key = keyOf(accessKeyId, nonce);
  const last = book.length - 1;
  // The usual case: the current minute is the last bucket, the only one of that minute, and
  // none has expired. The same book as the general way below, one array copied instead of
  // filtered and searched.
  if (last >= 0 && book[last]!.minute === minute && keptBefore(book, last, oldest, minute)) {
    const next = book.slice();
    next[last] = withKey(book[last], minute, key);
    return next;
  }
  const next = book.filter((m) => m.minute >= oldest && m.minute !== minute);
  const current = book.find((m) => m.minute === minute);
  next.push(withKey(current, minute, key));
  return next;
}

/** True when the general way keeps every bucket before `end` (live, and not of the current minute). */
function keptBefore(book: NonceBook, end: number, oldest: number, minute: number): boolean {
  for (let i = 0; i < end; i++) {
    const m = book[i]!.minute;
    if (!(m >= oldest && m !== minute)) return false;
  }
  return true;
}

/** The nonces a minute holds, in the order they were recorded. */
export function minuteKeys(m: NonceMinute): string[] {
  return [...m.log.keys()].slice(0, m.count);
}

/** The number of nonces still remembered. */
export function nonceCount(book: NonceBook): number {
  return book.reduce((n, m) => n + m.count, 0);
}
