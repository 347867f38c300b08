/**
 * Retries with exponential backoff and full jitter, and the rule that keeps them safe: a write
 * is repeated only when the server provably did not act on it (throttled, or never reached);
 * a read or an idempotent write (a delete) is also repeated after a server fault or a reset.
 * Everything else that may have arrived is handed back to the caller to reconcile with a read.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { classify } from './answer.js';
// Reads never change state; any other action is treated as a write unless the caller says otherwise.
const READ_PREFIXES = ['Describe', 'List', 'Get', 'Query'];
/** True unless the action only reads (Describe*, List*, Get*, Query*): unknown actions count as writes. */
export function isWriteAction(action) {
    return !READ_PREFIXES.some((p) => action.startsWith(p));
}
/** Why this attempt may be repeated, or undefined when it must not be. */
export function retryReason(call, ex) {
    const repeatable = !call.write || call.idempotent;
    const a = classify(ex);
    // Refused means the request never left: safe for writes too.
    if (a.kind === 'no-answer' && a.failure === 'refused')
        return 'connection refused';
    if (a.kind === 'no-answer' && a.failure === 'reset' && repeatable)
        return 'connection reset';
    // Throttling is an explicit rejection: the server did nothing, whatever the status.
    if (a.kind === 'throttled')
        return `throttled (${a.code})`;
    // A server fault says nothing of whether a write was applied: only what is safe to repeat is.
    if (a.kind === 'server-fault' && repeatable)
        return `HTTP ${a.status}`;
    return undefined;
}
/**
 * `x-acs-retry-after` in milliseconds, or undefined. The official SDK (openapi-core
 * `getThrottlingTimeLeft`, then darabonba `getBackoffDelay`) reads it with parseInt as
 * milliseconds and caps it at 120 s; we do the same so both clients pace alike.
 */
export function parseRetryAfter(headers) {
    const raw = headers?.['x-acs-retry-after'];
    if (raw === undefined)
        return undefined;
    const ms = Number.parseInt(raw, 10);
    return Number.isNaN(ms) || ms < 0 ? undefined : ms;
}
/** Full-jitter backoff: uniform in [0, min(max, base * 2^(attempt-1))). */
export function backoffDelay(attempt, random, baseDelayMs = 200, maxDelayMs = 20_000) {
    const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * cap);
}
/** Retries throttled, failed and unconnected attempts within the write-safety rule. */
export function retry(options = {}) {
    const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 4));
    const random = options.random ?? Math.random;
    const sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
    const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    return (next) => async (call) => {
        for (let attempt = 1;; attempt++) {
            const ex = await next({ ...call, attempt });
            const reason = attempt < maxAttempts ? retryReason(call, ex) : undefined;
            if (reason === undefined)
                return ex;
            const asked = parseRetryAfter(ex.response?.headers);
            const delayMs = asked === undefined
                ? backoffDelay(attempt, random, options.baseDelayMs, options.maxDelayMs)
                : Math.min(asked, maxRetryAfterMs);
            options.onRetry?.({ seq: call.seq, action: call.action, attempt, delayMs, reason });
            try {
                await sleep(delayMs, call.signal);
            }
            catch {
                return ex; // aborted while waiting: the last outcome is the answer
            }
        }
    };
}
