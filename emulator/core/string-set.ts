/**
 * A persistent set of strings: a hash trie whose nodes are never changed once built, so
 * adding a key copies only the path to it (at most a few arrays of 32 slots) and every
 * older set stays valid and unchanged. The nonce book records a nonce a request with it:
 * a plain object copied on every change cost time in proportion to the nonces it held.
 * Plain arrays and objects only, so a set is JSON data like the rest of the state.
 */

/** A leaf holds up to LEAF_MAX keys; a branch has 32 slots, chosen by 5 bits of the key's hash. */
export type StringSet = readonly string[] | { readonly b: ReadonlyArray<StringSet | null> };

const BITS = 5;
const WIDTH = 1 << BITS;
const LEAF_MAX = 8;
// 6 levels use 30 of the hash's 32 bits; past them only keys with one hash share a leaf.
const MAX_DEPTH = 6;

/** The empty set. */
export const EMPTY_SET: StringSet = Object.freeze([]);

/**
 * FNV-1a, 32 bits: cheap, and its bits are mixed well enough for nonces and ids. The hash
 * setHasHashed and setAddHashed take.
 */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const slot = (h: number, depth: number): number => (h >>> (depth * BITS)) & (WIDTH - 1);
const isLeaf = (n: StringSet): n is readonly string[] => Array.isArray(n);

/** True when `key` is in the set. */
export function setHas(set: StringSet, key: string): boolean {
  return setHasHashed(set, key, keyHash(key));
}

/** setHas with the key's hash already computed (one key looked up in several sets hashes once). */
export function setHasHashed(set: StringSet, key: string, h: number): boolean {
  let node = set;
  for (let depth = 0; !isLeaf(node); depth++) {
    const child = node.b[slot(h, depth)];
    if (child === null || child === undefined) return false;
    node = child;
  }
  return node.includes(key);
}

/** The set with `key` added (the same set when it is already there). */
export function setAdd(set: StringSet, key: string): StringSet {
  return insert(set, key, keyHash(key), 0, false);
}

/** setAdd with the key's hash already computed; `absent` when the caller knows the key is not in the set. */
export function setAddHashed(set: StringSet, key: string, h: number, absent = false): StringSet {
  return insert(set, key, h, 0, absent);
}

function insert(node: StringSet, key: string, h: number, depth: number, absent: boolean): StringSet {
  if (isLeaf(node)) {
    // A key known to be absent is not looked for: each key of a leaf is a string of its own to compare.
    if (!absent && node.includes(key)) return node;
    if (node.length < LEAF_MAX || depth >= MAX_DEPTH) return [...node, key];
    return insert(split(node, depth), key, h, depth, absent);
  }
  const i = slot(h, depth);
  const child = node.b[i] ?? EMPTY_SET;
  const next = insert(child, key, h, depth + 1, absent);
  if (next === child) return node;
  const b = node.b.slice();
  b[i] = next;
  return { b };
}

/** A full leaf as a branch whose children share its keys by their hash bits at `depth`. */
function split(leaf: readonly string[], depth: number): StringSet {
  const b: Array<string[] | null> = new Array<string[] | null>(WIDTH).fill(null);
  for (const k of leaf) (b[slot(keyHash(k), depth)] ??= []).push(k);
  return { b };
}

/** The number of keys in the set (walks all of it). */
export function setSize(set: StringSet): number {
  if (isLeaf(set)) return set.length;
  return set.b.reduce((n: number, c) => n + (c === null ? 0 : setSize(c)), 0);
}
