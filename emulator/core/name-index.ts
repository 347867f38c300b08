/**
 * Whether a region's key pairs already use a name, without scanning them all. An import's
 * list is the previous one plus one record (addKeyPair notes that), so a run of imports
 * makes a chain of lists, each a prefix of the next. The chain keeps one map of the names'
 * keys (in the form Behaviour.nameKey compares) to where each first appears: a list of
 * length n holds a name when its first place is below n, however far the chain has grown
 * since. Appending costs one map entry, where a persistent set per list copied a path of
 * arrays that the garbage collector then had to move and trace.
 *
 * The map is a memo kept beside the lists in a WeakMap (so it lives as long as they do),
 * never part of the state: the answers are exactly those of a scan. A list made any other
 * way (a deletion, an append to an older list) starts a chain of its own with one scan.
 */
import type { KeyPairRecord } from './types.ts';

type List = readonly KeyPairRecord[];
type NameKey = (name: string) => string;

interface Chain {
  nameKey: NameKey;
  /** Each name's key → the index of its first record in the chain. */
  firstAt: Map<string, number>;
  /** The length of the longest list of the chain: only that one may be extended. */
  length: number;
}

const chains = new WeakMap<List, Chain>();

/** Notes that `next` is `from` with `record` appended, so next's names can be derived from from's. */
export function noteAppended(from: List, next: List, record: KeyPairRecord): void {
  const chain = chains.get(from);
  // Only the chain's longest list can be extended: an older one is a prefix of it, and
  // appending to it would branch (the new list then gets a chain of its own when asked).
  if (chain === undefined || chain.length !== from.length || next.length !== from.length + 1) return;
  const key = chain.nameKey(record.name);
  if (!chain.firstAt.has(key)) chain.firstAt.set(key, from.length);
  chain.length = next.length;
  chains.set(next, chain);
}

/** True when a key pair of `list` has a name whose key (by `nameKey`) is `key`. */
export function hasNameKey(list: List, nameKey: NameKey, key: string): boolean {
  let chain = chains.get(list);
  if (chain === undefined || chain.nameKey !== nameKey) {
    chain = { nameKey, firstAt: new Map(), length: list.length };
    for (let i = 0; i < list.length; i++) {
      const k = nameKey(list[i]!.name);
      if (!chain.firstAt.has(k)) chain.firstAt.set(k, i);
    }
    chains.set(list, chain);
  }
  const at = chain.firstAt.get(key);
  return at !== undefined && at < list.length;
}
