/**
 * Pure functions over EmulatorState. Each returns a new value and shares what did not
 * change, so a caller can tell a mutation by reference (`next.regions !== prev.regions`).
 */
import type { EmulatorState, KeyPairRecord, NonceBook, RegionState } from './types.ts';
/** How long a nonce is remembered: the 15-minute window of the signature rules. */
export declare const NONCE_WINDOW_MS: number;
/** A state with no key pairs, the given resource groups and no nonces. */
export declare function emptyState(resourceGroups?: readonly string[]): EmulatorState;
/** A region's state (empty when the region was never written). */
export declare function regionOf(state: EmulatorState, region: string): RegionState;
/** Every key pair of every region, with its region. */
export declare function allKeyPairs(state: EmulatorState): Array<{
    region: string;
    keyPair: KeyPairRecord;
}>;
/** The number of key pairs across all regions. */
export declare function keyPairCount(state: EmulatorState): number;
/** Adds a key pair at the end of a region's list and counts it as created. */
export declare function addKeyPair(state: EmulatorState, region: string, record: KeyPairRecord): EmulatorState;
/** Removes the key pairs `remove` selects; returns the same state when none matched. */
export declare function removeKeyPairs(state: EmulatorState, region: string, remove: (k: KeyPairRecord) => boolean): EmulatorState;
/** Empties one region, or every region when `region` is undefined; resource groups are set anew. */
export declare function resetState(state: EmulatorState, resourceGroups: readonly string[], region?: string): EmulatorState;
/** Adds a resource group (no change when it exists). */
export declare function addResourceGroup(state: EmulatorState, id: string): EmulatorState;
/** True when the nonce was used by this key within the window. */
export declare function nonceSeen(book: NonceBook, accessKeyId: string, nonce: string, now: Date): boolean;
/** Records a nonce at `now` and drops buckets that left the window. */
export declare function recordNonce(book: NonceBook, accessKeyId: string, nonce: string, now: Date): NonceBook;
/** The number of nonces still remembered. */
export declare function nonceCount(book: NonceBook): number;
