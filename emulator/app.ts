/**
 * The emulator as an in-process application: owns the state (store.ts), routes control
 * requests, applies the shell's faults (faults.ts), runs the pure core and answers. No
 * sockets here, so tests and `kpc run` can call dispatch() directly.
 */
import { isLoopbackAddress } from '../src/loopback.ts';
import type { RawHttpRequest } from '../src/sign/index.ts';
import { splitUrl } from '../src/sign/raw-request.ts';
import { defaultSpec } from '../src/spec/load.ts';
import type { Spec } from '../src/spec/types.ts';
import { FAITHFUL, type Behaviour } from './core/behaviour.ts';
import { handle } from './core/handle.ts';
import { errorOut } from './core/responses.ts';
import type { AuthConfig, CoreEnv, CoreResponse, EmulatorState } from './core/types.ts';
import { CONTROL_PREFIX, handleControl, type ControlHost } from './control.ts';
import { faultPlan, type FaultOptions, type FaultPlan } from './faults.ts';
import { newRequestId } from './request-id.ts';
import { createStore, type Store } from './store.ts';
import { KpcError } from '../src/errors.ts';

export type { FaultOptions } from './faults.ts';

/** How to build an emulator; every field is optional. */
export interface EmulatorOptions {
  /** AccessKeyId → secret. When non-empty every API request must be validly signed. */
  accessKeys?: Record<string, string>;
  /** When set, every API request must carry this security token (SecurityToken / x-acs-security-token). */
  securityToken?: string;
  /** Persist key pairs and resource groups here (loaded at start, written atomically). */
  stateFile?: string;
  faults?: FaultOptions;
  /** Resource groups that exist from the start (and after a reset). */
  resourceGroups?: string[];
  /** Policies; FAITHFUL by default. Mutants override one field. */
  behaviour?: Behaviour;
  spec?: Spec;
  /** Starting state (ignored when stateFile is given). */
  initialState?: EmulatorState;
  /** Clock; the real one by default. */
  now?: () => Date;
  /** Told of what went wrong inside (a state file that cannot be written); the emulator never prints. */
  onError?: (message: string) => void;
}

/** What to do with a request: answer it, or drop the connection (an injected reset). */
export type Reply = { kind: 'response'; response: CoreResponse } | { kind: 'reset' };

/** Where a request came from, as the shell knows it. */
export interface RequestMeta {
  /** Peer address; undefined for in-process calls, which count as loopback. */
  remoteAddress?: string;
  /** The host that was called (HostId of errors); defaults to the Host header. */
  hostId?: string;
}

/** An emulator instance. */
export interface Emulator {
  dispatch(raw: RawHttpRequest, meta?: RequestMeta): Promise<Reply>;
  /** The environment a request is handled in (the shell answers its own errors in it). */
  envFor(raw: RawHttpRequest, meta?: RequestMeta): CoreEnv;
  state(): EmulatorState;
  /** Resolves when no state-file write is pending. */
  idle(): Promise<void>;
  /** The fault PRNG seed in use (undefined when no fault is configured). */
  readonly faultSeed: number | undefined;
  readonly spec: Spec;
  readonly behaviour: Behaviour;
}

/** True for loopback peers (and in-process calls). */
export function isLoopback(address: string | undefined): boolean {
  return address === undefined || isLoopbackAddress(address);
}

/** True for a request to the test control API (`/__kpc/…`), in origin or absolute form. */
function isControl(url: string): boolean {
  // An origin-form target is its own path up to `?` or `#`, and the prefix holds neither.
  return url.startsWith('/') ? url.startsWith(CONTROL_PREFIX) : splitUrl(url).path.startsWith(CONTROL_PREFIX);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const RESET: Reply = { kind: 'reset' };
const answer = (response: CoreResponse): Reply => ({ kind: 'response', response });
const NOT_LOOPBACK = answer({
  status: 403,
  headers: { 'content-type': 'application/json;charset=utf-8' },
  body: '{"error":"control endpoints answer loopback clients only"}',
});

/** The parts an emulator is made of, built from its options. */
interface Parts {
  spec: Spec;
  behaviour: Behaviour;
  now: () => Date;
  faults: FaultPlan;
  store: Store;
  auth: AuthConfig;
  resourceGroups: readonly string[];
  onError: (message: string) => void;
}

function partsOf(options: EmulatorOptions): Parts {
  const resourceGroups = options.resourceGroups ?? [];
  const accessKeys = { ...(options.accessKeys ?? {}) };
  const token = options.securityToken;
  const onError = options.onError ?? (() => undefined);
  return {
    spec: options.spec ?? defaultSpec(),
    behaviour: options.behaviour ?? FAITHFUL,
    now: options.now ?? (() => new Date()),
    faults: faultPlan(options.faults),
    store: createStore({ stateFile: options.stateFile, resourceGroups, initialState: options.initialState, onError }),
    auth: { required: Object.keys(accessKeys).length > 0, accessKeys, ...(token ? { securityToken: token } : {}) },
    resourceGroups,
    onError,
  };
}

function controlHost(p: Parts): ControlHost {
  return {
    state: () => p.store.get(),
    async update(change) {
      const done = await p.store.transact(change);
      if (done === undefined) throw new KpcError('KPC_STATE_FILE', 'the change could not be written to the state file');
      return done.value;
    },
    setSecurityToken(token) {
      const { securityToken: _, ...rest } = p.auth;
      p.auth = token === undefined ? rest : { ...rest, securityToken: token };
    },
    securityTokenRequired: () => p.auth.securityToken !== undefined,
    spec: p.spec,
    behaviour: p.behaviour,
    resourceGroups: p.resourceGroups,
    now: p.now,
  };
}

/** Builds an emulator; throws KPC_STATE_FILE when the state file is corrupt or cannot be written. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const p = partsOf(options);
  const control = controlHost(p);

  function envFor(raw: RawHttpRequest, meta: RequestMeta = {}): CoreEnv {
    const host = raw.headers['host'];
    const hostId = meta.hostId ?? (Array.isArray(host) ? host[0] : host) ?? 'ecs.aliyuncs.com';
    const { spec, auth, behaviour } = p;
    const requestId = newRequestId();
    const format = behaviour.answerFormat(raw);
    return {
      now: p.now(),
      random: p.faults.random,
      requestId,
      hostId,
      spec,
      auth,
      behaviour,
      faults: p.faults.core,
      format,
    };
  }

  async function dispatch(raw: RawHttpRequest, meta: RequestMeta = {}): Promise<Reply> {
    if (isControl(raw.url))
      return isLoopback(meta.remoteAddress) ? answer(await handleControl(control, raw)) : NOT_LOOPBACK;
    // Faults before anything happens are drawn first, so a faulted request has no effect.
    if (p.faults.resetBefore()) return RESET;
    if (p.faults.latencyMs > 0) await sleep(p.faults.latencyMs);
    const env = envFor(raw, meta);
    const pending = p.store.transact((s) => handle(s, raw, env));
    const out = pending instanceof Promise ? await pending : pending;
    if (out === undefined) return answer(errorOut(env, undefined, { code: 'InternalError' }));
    // The request was carried out; its answer may still be lost.
    const after = p.faults.after();
    if (after === 'reset') return RESET;
    return answer(after === 'internal' ? errorOut(env, undefined, { code: 'InternalError' }) : out.response);
  }

  return {
    dispatch,
    envFor,
    state: () => p.store.get(),
    idle: () => p.store.idle(),
    faultSeed: p.faults.seed,
    spec: p.spec,
    behaviour: p.behaviour,
  };
}
