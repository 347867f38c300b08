import { type AdaptiveOptions } from './adaptive.ts';
import type { Credentials } from './credentials.ts';
import type { Exchange } from './exchange.ts';
import { type RetryOptions } from './retry.ts';
import type { Target } from './target.ts';
export declare const DEFAULT_API_VERSION = "2014-05-26";
export interface ClientOptions {
    target: Target;
    credentials: Credentials;
    /** Default v3, like the official SDK. */
    signature?: 'v3' | 'v1';
    /** How V1 requests travel (default GET query; POST sends a form body). */
    v1Method?: 'GET' | 'POST';
    /** API version (default 2014-05-26). */
    version?: string;
    /** Headers, body and connect timeout each (default 30000). */
    timeoutMs?: number;
    /** Retry policy, or false for exactly one attempt. */
    retry?: RetryOptions | false;
    /**
     * Known regions: against an Alibaba Cloud regional endpoint, a call for one of them goes
     * to that region's own endpoint (as one SDK client per region would). Default none.
     */
    regionEndpoints?: readonly string[];
    /** Adaptive concurrency (AIMD on Throttling*, inside retry); off by default. */
    adaptive?: AdaptiveOptions | false;
    /** Receives every finished call's exchange, already redacted, faults included. */
    onExchange?: (ex: Exchange) => void;
    now?: () => Date;
    nonce?: () => string;
    /** Maximum sockets to the target (default unlimited). */
    connections?: number;
}
export interface CallOptions {
    /** Override write detection (default: anything but Describe*, List*, Get*, Query*). */
    write?: boolean;
    /** A write whose repetition is harmless (e.g. DeleteKeyPairs): it may then be retried. */
    idempotent?: boolean;
    signal?: AbortSignal;
}
export interface EcsClient {
    /** Resolves with the exchange for any HTTP response; rejects with ExchangeError on transport faults. */
    call(action: string, params: Record<string, string>, options?: CallOptions): Promise<Exchange>;
    close(): Promise<void>;
    readonly target: Target;
}
/** Creates a client for one target; close it to release its sockets. */
export declare function createClient(options: ClientOptions): EcsClient;
