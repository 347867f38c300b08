import type { Exchange } from './exchange.ts';
import type { CallContext, Interceptor } from './interceptors.ts';
export interface RetryOptions {
    /** Attempts in all, the first included (default 4); 1 disables retries. */
    maxAttempts?: number;
    /** Backoff cap before jitter for attempt 1; doubles each attempt (default 200 ms). */
    baseDelayMs?: number;
    /** Upper bound of the exponential backoff (default 20 s). */
    maxDelayMs?: number;
    /** Upper bound of a server-requested `x-acs-retry-after` delay (default 120 s, as the SDK). */
    maxRetryAfterMs?: number;
    /** Uniform in [0, 1); injectable for tests. */
    random?: () => number;
    /** Waits `ms`; injectable for tests. Rejecting (e.g. on abort) ends retrying. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Told before each wait, for progress output. */
    onRetry?: (info: RetryInfo) => void;
}
export interface RetryInfo {
    seq: number;
    action: string;
    /** The attempt that failed (1-based). */
    attempt: number;
    delayMs: number;
    reason: string;
}
/** True unless the action only reads (Describe*, List*, Get*, Query*): unknown actions count as writes. */
export declare function isWriteAction(action: string): boolean;
/** Why this attempt may be repeated, or undefined when it must not be. */
export declare function retryReason(call: Pick<CallContext, 'write' | 'idempotent'>, ex: Exchange): string | undefined;
/**
 * `x-acs-retry-after` in milliseconds, or undefined. The official SDK (openapi-core
 * `getThrottlingTimeLeft`, then darabonba `getBackoffDelay`) reads it with parseInt as
 * milliseconds and caps it at 120 s; we do the same so both clients pace alike.
 */
export declare function parseRetryAfter(headers: Record<string, string> | undefined): number | undefined;
/** Full-jitter backoff: uniform in [0, min(max, base * 2^(attempt-1))). */
export declare function backoffDelay(attempt: number, random: () => number, baseDelayMs?: number, maxDelayMs?: number): number;
/** Retries throttled, failed and unconnected attempts within the write-safety rule. */
export declare function retry(options?: RetryOptions): Interceptor;
