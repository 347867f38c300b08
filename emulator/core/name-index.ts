/**
 * Whether a region's key pairs already use a name, without scanning them all. The names
 * of a key pair list, in the form Behaviour.nameKey compares, are a persistent set kept
 * beside the list in a WeakMap (so it lives exactly as long as the list) and derived on
 * first use. An import's list is the previous one plus one record (addKeyPair notes
 * that), so its set is the previous set plus one name: a few steps instead of a scan of
 * up to 500 records on every import. Pure memoisation: the answers are those of a scan.
 */
import { EMPTY_SET, setAdd, setHas, type StringSet } from './string-set.ts';
import type { KeyPairRecord } from './types.ts';

type List = readonly KeyPairRecord[];
type NameKey = (name: string) => string;

/**
 * What is known of a list: the set of its names' keys under one nameKey policy (an emulator
 * has one), or that it is another list with one record appended, until its own set is
 * derived. One table, so an import costs a few look-ups of it, not one in each of two.
 */
type Known = { nameKey: NameKey; names: StringSet; from?: undefined } | { from: List; record: KeyPairRecord };
const known = new WeakMap<List, Known>();

/** Notes that `next` is `from` with `record` appended, so next's names can be derived from from's. */
export function noteAppended(from: List, next: List, record: KeyPairRecord): void {
  // Only a list whose set exists is worth remembering: anything else is derived by a scan anyway,
  // and not keeping it lets old lists be collected.
  const base = known.get(from);
  if (base !== undefined && base.from === undefined) known.set(next, { from, record });
}

/** True when a key pair of `list` has a name whose key (by `nameKey`) is `key`. */
export function hasNameKey(list: List, nameKey: NameKey, key: string): boolean {
  return setHas(namesOf(list, nameKey), key);
}

function namesOf(list: List, nameKey: NameKey): StringSet {
  const entry = known.get(list);
  if (entry !== undefined && entry.from === undefined && entry.nameKey === nameKey) return entry.names;
  const base = entry?.from === undefined ? undefined : known.get(entry.from);
  const names =
    entry?.from !== undefined && base !== undefined && base.from === undefined && base.nameKey === nameKey
      ? setAdd(base.names, nameKey(entry.record.name))
      : list.reduce((s, k) => setAdd(s, nameKey(k.name)), EMPTY_SET);
  known.set(list, { nameKey, names });
  return names;
}
