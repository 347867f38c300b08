/**
 * The run context, written once: the client, the ledger, the run token and its name
 * counter, the built-in variables, the capabilities, the checks and the keys. Every request
 * of a run goes through `session.call`, which ledgers an import before it is sent, reads
 * what the answer means (answer.ts) and reports the exchange as an event. Cases,
 * exploration, Pact state setup and teardown all work on a session.
 */
import type { Requirement } from '../cases/types.ts';
import { type Check } from '../checks/checks.ts';
import { type Answer, type CallOptions, type EcsClient, type Exchange } from '../client/index.ts';
import { type GeneratedKey } from '../keys/index.ts';
import type { EngineEvent } from './events.ts';
import type { KeyFactory } from './key-pool.ts';
import type { Ledger } from './ledger.ts';
/** The region no account has: the built-in `${unknownRegion}`. */
export declare const UNKNOWN_REGION = "xx-kpc-nowhere-1";
/** The names of the built-in variables every case can use. */
export declare const BUILTIN_NAMES: string[];
/** Where a run works: its regions, the resource group it may use, and its token. */
export interface Places {
    region: string;
    secondRegion?: string | undefined;
    resourceGroup?: string | undefined;
    token: string;
}
/** The built-in variables for `places`: the one definition of `${region}`, `${unknownRegion}`… */
export declare function builtinValues(p: Places): Record<string, string>;
/** An exchange and what it means. */
export interface Answered {
    exchange: Exchange;
    answer: Answer;
}
/** What a session is built from. */
export interface SessionOptions extends Omit<Places, 'token'> {
    client: EcsClient;
    ledger: Ledger;
    capabilities?: Iterable<Requirement>;
    checks?: readonly Check[];
    keys?: KeyFactory;
    random?: () => number;
    /** Cancels the calls of cases and exploration (never teardown's). */
    signal?: AbortSignal;
    emit?: (e: EngineEvent) => void | Promise<void>;
    /** Where the name counter starts (exploration after a suite starts far above it). */
    serialBase?: number;
}
/** A call's options on a session: `uninterruptible` ignores the session's signal (teardown). */
export interface SessionCallOptions extends Omit<CallOptions, 'signal'> {
    uninterruptible?: boolean;
}
/** The run context. */
export declare class Session {
    readonly client: EcsClient;
    readonly ledger: Ledger;
    readonly token: string;
    readonly places: Places;
    readonly builtins: Readonly<Record<string, string>>;
    readonly capabilities: ReadonlySet<Requirement>;
    readonly checks: readonly Check[];
    readonly keys: KeyFactory;
    readonly random: () => number;
    readonly signal: AbortSignal | undefined;
    readonly emit: (e: EngineEvent) => void | Promise<void>;
    private serial;
    private readonly malformed;
    constructor(o: SessionOptions);
    /** The token plus a fresh counter: the unique core every made-up name is built around. */
    nextCore(): string;
    /** Sends one call: an import is ledgered before it leaves and after it is answered. */
    call(label: string, action: string, params: Record<string, string>, o?: SessionCallOptions): Promise<Answered>;
    /** A key of the named type (e.g. `rsa-2048`); an unknown type is a case-file error. */
    key(specId: string): Promise<GeneratedKey>;
    /**
     * The key malformed bodies of a type are cut from. A malformed body is refused, never
     * stored, so one source key per type serves every malformed case of a session: RSA and
     * DSA generation is the costliest work a run does.
     */
    malformedSource(specId: string): Promise<GeneratedKey>;
    private deleted;
}
