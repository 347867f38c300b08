/**
 * The core's types: the environment a request is handled in, what handling returns, and
 * (re-exported from model.ts) the state it works on.
 */
import type { RawHttpRequest } from '../../src/sign/index.ts';
import type { Spec } from '../../src/spec/types.ts';
import type { Behaviour } from './behaviour.ts';
import type { AnswerFormat } from './format.ts';

export type { EmulatorState, KeyPairRecord, NonceBook, NonceLog, NonceMinute, RegionState, Tag } from './model.ts';
import type { EmulatorState } from './model.ts';

/** Who may call: with `required`, every request needs a valid V1 or V3 signature. */
export interface AuthConfig {
  required: boolean;
  /** AccessKeyId → AccessKeySecret. */
  accessKeys: Readonly<Record<string, string>>;
  /** When set, every API request must carry exactly this security token, signed or not. */
  securityToken?: string;
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
  /** The form the answer takes (Behaviour.answerFormat of the request). */
  format: AnswerFormat;
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
