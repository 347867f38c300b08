import type { RawHttpRequest } from '../src/sign/index.ts';
import type { Spec } from '../src/spec/types.ts';
import { type Behaviour } from './core/behaviour.ts';
import type { AuthConfig, CoreResponse, EmulatorState } from './core/types.ts';
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
export type Reply = {
    kind: 'response';
    response: CoreResponse;
} | {
    kind: 'reset';
};
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
export declare function isLoopback(address: string | undefined): boolean;
/** Builds an emulator; throws KPC_STATE_FILE when the state file is corrupt. */
export declare function createEmulator(options?: EmulatorOptions): Emulator;
