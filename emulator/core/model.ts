/**
 * The emulator's state as data: key pairs by region, resource groups and the nonce book. A
 * value, replaced on every change and never mutated; plain JSON-compatible data (but for the
 * nonce book, which no state file keeps) so it can be dumped, persisted and compared.
 * Policies (behaviour.ts) and the rest of the core's types (types.ts) build on it; it builds
 * on neither.
 */

/** A tag as the API returns it. */
export interface Tag {
  TagKey: string;
  TagValue: string;
}

/** One stored key pair. */
export interface KeyPairRecord {
  name: string;
  /** The fingerprint as stored and returned (Behaviour.fingerprint of the blob). */
  fingerprint: string;
  /** The PublicKeyBody as imported, surrounding blanks trimmed. */
  publicKey: string;
  /** `YYYY-MM-DDThh:mmZ`, the form DescribeKeyPairs returns. */
  creationTime: string;
  /** '' when the import named no resource group. */
  resourceGroupId: string;
  tags: readonly Tag[];
  /** Seeded through /__kpc/seed to stand for a user's own key pair. */
  foreign?: boolean;
}

/** A region's key pairs, in creation order, and how many were ever created there. */
export interface RegionState {
  keyPairs: readonly KeyPairRecord[];
  /** Imports ever accepted in the region (never decreases; deletions do not lower it). */
  created: number;
  /** Imports refused in the region; the reference never sets it (only a behaviour that counts refusals does). */
  refused?: number;
}

/**
 * Keys (`AccessKeyId\nnonce`) in the order they were recorded, each with its index (a Map
 * keeps its entries in the order they were set). Only ever added to, and only by the nonce
 * book: the minutes that share a log each hold a prefix of it, which never changes.
 */
export type NonceLog = ReadonlyMap<string, number>;

/** The nonces accepted in one epoch minute: the first `count` keys of `log`. */
export interface NonceMinute {
  readonly minute: number;
  readonly log: NonceLog;
  readonly count: number;
}

/** Nonces seen, an entry per minute of the window (expiry drops whole minutes; recording copies nothing). */
export type NonceBook = readonly NonceMinute[];

/** The whole emulator state. Treated as immutable: every change makes a new value. */
export interface EmulatorState {
  regions: Readonly<Record<string, RegionState>>;
  /** Resource groups that exist (ResourceGroupId must name one of them). */
  resourceGroups: readonly string[];
  nonces: NonceBook;
}
