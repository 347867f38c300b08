/**
 * Whether a region's key pairs already use a name, without scanning them all. An import's
 * list is the previous one plus one record (addKeyPair notes that), so a run of imports
 * makes a chain of lists, each a prefix of the next. The chain keeps one map of the names'
 * keys (in the form Behaviour.nameKey compares) to where each first appears, and its
 * newest list; appending adds one entry and moves the newest list on. Nothing is copied
 * per import (a persistent set per list copied a path of arrays, which the collector then
 * moved and traced), and nothing new is written into a WeakMap per import either (~0.5 µs
 * each, most of it ephemeron work in the collector): chains are found by the list's first
 * record, which every list of a chain shares, and written once per chain.
 *
 * A memo beside the state, never part of it: the answers are exactly those of a scan. A
 * list that is not the newest of its chain (an older state's, a deletion's, an append to
 * an older list) is answered by a scan, which starts a chain of its own.
 */
import type { KeyPairRecord } from './types.ts';

type List = readonly KeyPairRecord[];
type NameKey = (name: string) => string;

interface Chain {
  nameKey: NameKey;
  /** Each name's key → the index of its first record in the chain. */
  firstAt: Map<string, number>;
  /** The newest list of the chain, the only one it answers for and the only one that grows it. */
  newest: List;
}

/** A chain by the first record of its lists. */
const chains = new WeakMap<KeyPairRecord, Chain>();

function chainOf(list: List): Chain | undefined {
  const first = list[0];
  const chain = first === undefined ? undefined : chains.get(first);
  return chain?.newest === list ? chain : undefined;
}

/** Notes that `next` is `from` with `record` appended, so next's names can be derived from from's. */
export function noteAppended(from: List, next: List, record: KeyPairRecord): void {
  const chain = chainOf(from);
  if (chain === undefined || next.length !== from.length + 1) return;
  const key = chain.nameKey(record.name);
  if (!chain.firstAt.has(key)) chain.firstAt.set(key, from.length);
  chain.newest = next;
}

/** True when a key pair of `list` has a name whose key (by `nameKey`) is `key`. */
export function hasNameKey(list: List, nameKey: NameKey, key: string): boolean {
  let chain = chainOf(list);
  if (chain === undefined || chain.nameKey !== nameKey) {
    if (list.length === 0) return false;
    chain = { nameKey, firstAt: new Map(), newest: list };
    for (let i = 0; i < list.length; i++) {
      const k = nameKey(list[i]!.name);
      if (!chain.firstAt.has(k)) chain.firstAt.set(k, i);
    }
    chains.set(list[0]!, chain);
  }
  return chain.firstAt.has(key);
}
