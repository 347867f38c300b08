/**
 * The emulator's data: its state (a value, replaced on every change, never mutated),
 * the environment a request is handled in, and what handling returns. Everything here
 * is plain JSON-compatible data so the state can be dumped, persisted and compared.
 */
import type { RawHttpRequest } from '../../src/sign/index.ts';
import type { Spec } from '../../src/spec/types.ts';
import type { Behaviour } from './behaviour.ts';
import type { StringSet } from './string-set.ts';

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

/** The nonces (`AccessKeyId\nnonce`) accepted in one epoch minute, as a persistent set. */
export interface NonceMinute {
  readonly minute: number;
  readonly nonces: StringSet;
}

/** Nonces seen, a set per minute of the window (expiry drops whole minutes; recording copies a short path). */
export type NonceBook = readonly NonceMinute[];

/** The whole emulator state. Treated as immutable: every change makes a new value. */
export interface EmulatorState {
  regions: Readonly<Record<string, RegionState>>;
  /** Resource groups that exist (ResourceGroupId must name one of them). */
  resourceGroups: readonly string[];
  nonces: NonceBook;
}

/** Who may call: with `required`, every request needs a valid V1 or V3 signature. */
export interface AuthConfig {
  required: boolean;
  /** AccessKeyId → AccessKeySecret. */
  accessKeys: Readonly<Record<string, string>>;
}

/** Fault rates the core decides on (0..1); latency and resets are the shell's. */
export interface FaultRates {
  throttle: number;
  error5xx: number;
}

/** Everything handle() needs from outside; no clock, randomness or I/O happens inside it. */
export interface CoreEnv {
  now: Date;
  /** Uniform in [0, 1); drawn only when a fault rate is above 0. */
  random: () => number;
  /** Uppercase UUID for this request. */
  requestId: string;
  /** The host that was called (error bodies carry it as HostId). */
  hostId: string;
  spec: Spec;
  auth: AuthConfig;
  behaviour: Behaviour;
  faults?: FaultRates;
}

/** An HTTP response, body already serialised. */
export interface CoreResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What handle() returns: the next state and the response to send. */
export interface Outcome {
  state: EmulatorState;
  response: CoreResponse;
}

/**
 * An error to answer with, by code: the row comes from the spec. `name` fills the row's
 * parameter placeholder; `message` replaces the documented text (used for signature
 * errors, whose text names the defect); `status` is used only for a code no table has.
 */
export interface ApiError {
  code: string;
  name?: string;
  message?: string;
  status?: number;
}

/** A step that either yields a value or stops with an error. */
export type Step<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The result of an operation: a new state and the body's fields, or an error. An error
 * leaves the state untouched unless a behaviour says otherwise (then `state` is set).
 */
export type OpResult =
  | { ok: true; state: EmulatorState; body: Record<string, unknown> }
  | { ok: false; error: ApiError; state?: EmulatorState };

/** An operation handler: pure, given the state, the call's parameters and the environment. */
export type Operation = (state: EmulatorState, params: Readonly<Record<string, string>>, env: CoreEnv) => OpResult;

export type { RawHttpRequest };
