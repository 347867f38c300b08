/**
 * The emulator as an in-process application: owns the state, routes control requests,
 * applies shell-level faults (latency, connection reset), runs the pure core and
 * persists. No sockets here, so tests and `kpc run` can call dispatch() directly.
 */
import { randomUUID } from 'node:crypto';
import type { RawHttpRequest } from '../src/sign/index.ts';
import { splitUrl } from '../src/sign/raw-request.ts';
import { defaultSpec } from '../src/spec/load.ts';
import type { Spec } from '../src/spec/types.ts';
import { FAITHFUL, type Behaviour } from './core/behaviour.ts';
import { mulberry32 } from './core/faults.ts';
import { handle } from './core/handle.ts';
import { errorOut } from './core/responses.ts';
import { emptyState } from './core/state.ts';
import type { AuthConfig, CoreEnv, CoreResponse, EmulatorState } from './core/types.ts';
import { CONTROL_PREFIX, handleControl, type ControlHost } from './control.ts';
import { createStateWriter, loadStateFile, serializeState } from './persistence.ts';

/** Opt-in faults; rates are probabilities per API request (control requests are never faulted). */
export interface FaultOptions {
  /** 400 Throttling.User. */
  throttle?: number;
  /** 500 InternalError or 503 ServiceUnavailable, half each. */
  error5xx?: number;
  /** Added before every API request is handled. */
  latencyMs?: number;
  /** The connection is destroyed without an answer. */
  reset?: number;
  /** PRNG seed; the same seed and request order give the same faults. Random when absent. */
  seed?: number;
}

/** How to build an emulator; every field is optional. */
export interface EmulatorOptions {
  /** AccessKeyId → secret. When non-empty every API request must be validly signed. */
  accessKeys?: Record<string, string>;
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
  state(): EmulatorState;
  /** Resolves when no state-file write is pending. */
  idle(): Promise<void>;
  readonly auth: AuthConfig;
  /** The fault PRNG seed in use (undefined when no fault is configured). */
  readonly faultSeed: number | undefined;
  readonly spec: Spec;
  readonly behaviour: Behaviour;
}

/** True for loopback peers (and in-process calls). */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return true;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** True for a request to the test control API (`/__kpc/…`), in origin or absolute form. */
function isControl(url: string): boolean {
  // An origin-form target is its own path up to `?` or `#`, and the prefix holds neither.
  return url.startsWith('/') ? url.startsWith(CONTROL_PREFIX) : splitUrl(url).path.startsWith(CONTROL_PREFIX);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Builds an emulator; throws KPC_STATE_FILE when the state file is corrupt. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const spec = options.spec ?? defaultSpec();
  const behaviour = options.behaviour ?? FAITHFUL;
  const resourceGroups = options.resourceGroups ?? [];
  const accessKeys = { ...(options.accessKeys ?? {}) };
  const auth: AuthConfig = { required: Object.keys(accessKeys).length > 0, accessKeys };
  const now = options.now ?? (() => new Date());
  const f = options.faults ?? {};
  const faulty = (f.throttle ?? 0) > 0 || (f.error5xx ?? 0) > 0 || (f.reset ?? 0) > 0;
  const faultSeed = faulty ? (f.seed ?? Math.floor(Math.random() * 2 ** 32)) : undefined;
  const random = mulberry32(faultSeed ?? 0);
  const rates = { throttle: f.throttle ?? 0, error5xx: f.error5xx ?? 0 };
  const writer = options.stateFile === undefined ? undefined : createStateWriter(options.stateFile);
  let current =
    options.stateFile !== undefined
      ? loadStateFile(options.stateFile, resourceGroups)
      : (options.initialState ?? emptyState(resourceGroups));

  function envFor(raw: RawHttpRequest, meta: RequestMeta): CoreEnv {
    const host = raw.headers['host'];
    const hostId = meta.hostId ?? (Array.isArray(host) ? host[0] : host) ?? 'ecs.aliyuncs.com';
    return { now: now(), random, requestId: randomUUID().toUpperCase(), hostId, spec, auth, behaviour, faults: rates };
  }

  async function persist(): Promise<void> {
    if (writer !== undefined) await writer.save(serializeState(current));
  }

  const control: ControlHost = {
    state: () => current,
    async commit(next) {
      current = next;
      await persist();
    },
    spec,
    behaviour,
    resourceGroups,
    now,
  };

  async function dispatch(raw: RawHttpRequest, meta: RequestMeta = {}): Promise<Reply> {
    if (isControl(raw.url)) {
      if (!isLoopback(meta.remoteAddress)) {
        return {
          kind: 'response',
          response: {
            status: 403,
            headers: { 'content-type': 'application/json;charset=utf-8' },
            body: '{"error":"control endpoints answer loopback clients only"}',
          },
        };
      }
      return { kind: 'response', response: await handleControl(control, raw) };
    }
    // Faults are drawn before anything changes, so a faulted request has no effect.
    if ((f.reset ?? 0) > 0 && random() < (f.reset ?? 0)) return { kind: 'reset' };
    if ((f.latencyMs ?? 0) > 0) await sleep(f.latencyMs ?? 0);
    const env = envFor(raw, meta);
    // From here to the assignment nothing awaits: Node runs one task at a time, so no other
    // request's transition can interleave. That is what makes an import atomic (a name
    // checked unique and then stored, the quota checked and then used).
    const before = current;
    const out = handle(before, raw, env);
    current = out.state;
    const changed = out.state.regions !== before.regions || out.state.resourceGroups !== before.resourceGroups;
    // Without a state file there is nothing to wait for: no extra turns of the event loop.
    if (changed && writer !== undefined) {
      try {
        await persist(); // the response waits until the change is on disk
      } catch (e) {
        process.stderr.write(`kpc emulator: ${(e as Error).message}\n`);
        return { kind: 'response', response: errorOut(env, undefined, { code: 'InternalError' }) };
      }
    }
    return { kind: 'response', response: out.response };
  }

  return {
    dispatch,
    state: () => current,
    idle: () => writer?.idle() ?? Promise.resolve(),
    auth,
    faultSeed,
    spec,
    behaviour,
  };
}
