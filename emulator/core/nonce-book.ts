/**
 * The nonces accepted in the last 15 minutes, per AccessKeyId: one persistent set a
 * minute, in a short list (numbers, not object keys: no string conversions on the way),
 * so expiry drops whole minutes and recording a nonce copies only a short path of
 * one set. Recording stays cheap however many nonces the window holds, and every older
 * book stays a valid, unchanged value (the core's state is never mutated).
 */
import { EMPTY_SET, keyHash, setAddHashed, setHasHashed, setSize } from './string-set.ts';
import type { NonceBook } from './types.ts';

/** How long a nonce is remembered: the 15-minute window of the signature rules. */
export const NONCE_WINDOW_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The key of the last nonce looked up, and its hash: a request looks its nonce up, then records it. */
let lastKey = { accessKeyId: '', nonce: '', key: '\n', hash: keyHash('\n') };

function keyOf(accessKeyId: string, nonce: string): { key: string; hash: number } {
  if (accessKeyId !== lastKey.accessKeyId || nonce !== lastKey.nonce) {
    const key = `${accessKeyId}\n${nonce}`;
    lastKey = { accessKeyId, nonce, key, hash: keyHash(key) };
  }
  return lastKey;
}

function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / MINUTE_MS);
}

/** Oldest minute bucket still inside the window (one extra minute: buckets are coarse). */
function oldestLiveMinute(now: Date): number {
  return minuteOf(now) - NONCE_WINDOW_MS / MINUTE_MS - 1;
}

/**
 * The newest book this module recorded into, each of its minutes' nonces also in a Set,
 * index for index: a hash table answers in one probe, where a trie walk touches a node a
 * level and compares every key of a leaf, each a string of its own (in a server, a miss of
 * the processor's cache apiece). A mirror of one value, never part of the state: a book it
 * does not mirror (an older one, one loaded from a file) is looked up in its sets, as before.
 */
let mirror: { book: NonceBook; sets: Array<Set<string>> } | undefined;

/** The Sets of `book`'s minutes when it is mirrored (an empty book is, from now on). */
function mirrored(book: NonceBook): Array<Set<string>> | undefined {
  if (mirror?.book === book) return mirror.sets;
  if (book.length > 0) return undefined;
  mirror = { book, sets: [] };
  return mirror.sets;
}

/** True when the nonce was used by this key within the window. */
export function nonceSeen(book: NonceBook, accessKeyId: string, nonce: string, now: Date): boolean {
  // One hash for every minute's set (the key is the same in each), and again for the record.
  const { key, hash } = keyOf(accessKeyId, nonce);
  const oldest = oldestLiveMinute(now);
  const sets = mirrored(book);
  for (let i = 0; i < book.length; i++) {
    const m = book[i]!;
    if (m.minute >= oldest && (sets === undefined ? setHasHashed(m.nonces, key, hash) : sets[i]!.has(key))) return true;
  }
  return false;
}

/** Records a nonce at `now` and drops buckets that left the window. */
export function recordNonce(book: NonceBook, accessKeyId: string, nonce: string, now: Date): NonceBook {
  const oldest = oldestLiveMinute(now);
  const minute = minuteOf(now);
  const { key, hash } = keyOf(accessKeyId, nonce);
  const sets = mirrored(book);
  const last = book.length - 1;
  // The usual case: the current minute is the last bucket, the only one of that minute, and
  // none has expired. The same book as the general way below, one array copied instead of
  // filtered and searched.
  if (last >= 0 && book[last]!.minute === minute && keptBefore(book, last, oldest, minute)) {
    const next = book.slice();
    const absent = sets !== undefined && !sets[last]!.has(key);
    next[last] = { minute, nonces: setAddHashed(book[last]!.nonces, key, hash, absent) };
    sets?.[last]!.add(key);
    return remirror(sets, next);
  }
  const next = book.filter((m) => m.minute >= oldest && m.minute !== minute);
  const at = book.findIndex((m) => m.minute === minute);
  const current = at < 0 ? EMPTY_SET : book[at]!.nonces;
  const currentSet = sets === undefined ? undefined : at < 0 ? new Set<string>() : sets[at]!;
  const absent = currentSet !== undefined && !currentSet.has(key);
  next.push({ minute, nonces: setAddHashed(current, key, hash, absent) });
  currentSet?.add(key);
  const nextSets = sets?.filter((_, i) => book[i]!.minute >= oldest && book[i]!.minute !== minute);
  nextSets?.push(currentSet!);
  return remirror(nextSets, next);
}

/** Makes `sets` the mirror of `next` (when the book it came from was mirrored), and returns `next`. */
function remirror(sets: Array<Set<string>> | undefined, next: NonceBook): NonceBook {
  if (sets !== undefined) mirror = { book: next, sets };
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

/** The number of nonces still remembered. */
export function nonceCount(book: NonceBook): number {
  return book.reduce((n, m) => n + setSize(m.nonces), 0);
}
