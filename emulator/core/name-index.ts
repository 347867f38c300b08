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

/** Sets already derived: list → the set of its names' keys under one nameKey policy (an emulator has one). */
const sets = new WeakMap<List, { nameKey: NameKey; names: StringSet }>();
/** Lists made by appending one record to a list whose sets were known, until their own are derived. */
const appended = new WeakMap<List, { from: List; record: KeyPairRecord }>();

/** Notes that `next` is `from` with `record` appended, so next's names can be derived from from's. */
export function noteAppended(from: List, next: List, record: KeyPairRecord): void {
  // Only a list whose sets exist is worth remembering: anything else is derived by a scan anyway,
  // and not keeping it lets old lists be collected.
  if (sets.has(from)) appended.set(next, { from, record });
}

/** True when a key pair of `list` has a name whose key (by `nameKey`) is `key`. */
export function hasNameKey(list: List, nameKey: NameKey, key: string): boolean {
  return setHas(namesOf(list, nameKey), key);
}

function namesOf(list: List, nameKey: NameKey): StringSet {
  const known = sets.get(list);
  if (known?.nameKey === nameKey) return known.names;
  const step = appended.get(list);
  const base = step === undefined ? undefined : sets.get(step.from);
  const names =
    step !== undefined && base?.nameKey === nameKey
      ? setAdd(base.names, nameKey(step.record.name))
      : list.reduce((s, k) => setAdd(s, nameKey(k.name)), EMPTY_SET);
  sets.set(list, { nameKey, names });
  appended.delete(list);
  return names;
}
