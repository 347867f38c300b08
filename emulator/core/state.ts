/**
 * Pure functions over EmulatorState. Each returns a new value and shares what did not
 * change, so a caller can tell a mutation by reference (`next.regions !== prev.regions`).
 */
import { noteAppended } from './name-index.ts';
import type { EmulatorState, KeyPairRecord, RegionState } from './types.ts';

export { NONCE_WINDOW_MS, nonceCount, nonceSeen, recordNonce } from './nonce-book.ts';

const EMPTY_REGION: RegionState = Object.freeze({ keyPairs: [], created: 0 });

/** A state with no key pairs, the given resource groups and no nonces. */
export function emptyState(resourceGroups: readonly string[] = []): EmulatorState {
  return { regions: {}, resourceGroups: [...new Set(resourceGroups)], nonces: [] };
}

/** A region's state (empty when the region was never written). */
export function regionOf(state: EmulatorState, region: string): RegionState {
  return Object.hasOwn(state.regions, region) ? (state.regions[region] ?? EMPTY_REGION) : EMPTY_REGION;
}

/** Every key pair of every region, with its region. */
export function allKeyPairs(state: EmulatorState): Array<{ region: string; keyPair: KeyPairRecord }> {
  return Object.entries(state.regions).flatMap(([region, r]) => r.keyPairs.map((keyPair) => ({ region, keyPair })));
}

/** The number of key pairs across all regions. */
export function keyPairCount(state: EmulatorState): number {
  return Object.values(state.regions).reduce((n, r) => n + r.keyPairs.length, 0);
}

function withRegion(state: EmulatorState, region: string, next: RegionState): EmulatorState {
  const regions: Record<string, RegionState> = { ...state.regions };
  // A region the copy has is a plain writable property of it: assigning it is defining it,
  // and cheaper. A new one is defined (assignment would set the prototype for `__proto__`).
  if (Object.hasOwn(regions, region)) regions[region] = next;
  else Object.defineProperty(regions, region, { value: next, enumerable: true, writable: true, configurable: true });
  return { ...state, regions };
}

/** Adds a key pair at the end of a region's list and counts it as created. */
export function addKeyPair(state: EmulatorState, region: string, record: KeyPairRecord): EmulatorState {
  const r = regionOf(state, region);
  // One copy of the exact size (a spread grows its array as it goes: several copies).
  const keyPairs = r.keyPairs.toSpliced(r.keyPairs.length, 0, record);
  noteAppended(r.keyPairs, keyPairs, record);
  return withRegion(state, region, { ...r, keyPairs, created: r.created + 1 });
}

/** Removes the key pairs `remove` selects; returns the same state when none matched. */
export function removeKeyPairs(
  state: EmulatorState,
  region: string,
  remove: (k: KeyPairRecord) => boolean,
): EmulatorState {
  const r = regionOf(state, region);
  const kept = r.keyPairs.filter((k) => !remove(k));
  if (kept.length === r.keyPairs.length) return state;
  return withRegion(state, region, { ...r, keyPairs: kept });
}

/** Empties one region, or every region when `region` is undefined; resource groups are set anew. */
export function resetState(state: EmulatorState, resourceGroups: readonly string[], region?: string): EmulatorState {
  if (region === undefined) return { ...emptyState(resourceGroups), nonces: state.nonces };
  return withRegion(state, region, EMPTY_REGION);
}

/** Adds a resource group (no change when it exists). */
export function addResourceGroup(state: EmulatorState, id: string): EmulatorState {
  return state.resourceGroups.includes(id) ? state : { ...state, resourceGroups: [...state.resourceGroups, id] };
}
