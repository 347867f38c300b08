/**
 * Adaptive concurrency for a throttling target (AIMD, as TCP congestion control): every
 * attempt takes a permit from a window of `limit` requests in flight. A `Throttling*`
 * answer cuts the window to 0.7 of itself (once per window: answers to requests sent
 * before the last cut do not cut again) and the attempt is queued again after a short
 * jittered wait; the server provably did nothing, so even a write is safe to repeat. Every
 * other answer grows the window by 1/limit, one permit per window of answers, up to `max`.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { classify } from './answer.js';
import { backoffDelay, parseRetryAfter } from './retry.js';
/** The window after one answer: cut by `decrease` when throttled, else grown by 1/limit; within bounds. */
export function nextLimit(limit, throttled, b) {
    const next = throttled ? limit * b.decrease : limit + 1 / Math.max(1, limit);
    return Math.min(b.max, Math.max(b.min, next));
}
/** Creates a window of permits (FIFO waiters) sized by nextLimit. */
export function createWindow(b, onLimit) {
    let limit = b.max;
    let inFlight = 0;
    // Bumped on every cut: answers to requests sent before it carry old news about the window.
    let epoch = 0;
    const waiters = [];
    const wake = () => {
        while (waiters.length > 0 && inFlight < Math.max(1, Math.floor(limit))) {
            inFlight++;
            waiters.shift()();
        }
    };
    return {
        get limit() {
            return limit;
        },
        get inFlight() {
            return inFlight;
        },
        acquire(signal) {
            if (waiters.length === 0 && inFlight < Math.max(1, Math.floor(limit))) {
                inFlight++;
                return Promise.resolve(epoch);
            }
            return new Promise((resolve) => {
                const go = () => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve(epoch);
                };
                // An aborted call goes ahead at once: the next handler then fails it with its exchange.
                const onAbort = () => {
                    const i = waiters.indexOf(go);
                    if (i >= 0)
                        waiters.splice(i, 1);
                    inFlight++;
                    resolve(epoch);
                };
                signal?.addEventListener('abort', onAbort, { once: true });
                waiters.push(go);
            });
        },
        release(taken, throttled) {
            inFlight--;
            if (!throttled || taken === epoch) {
                const before = limit;
                limit = nextLimit(limit, throttled, b);
                if (throttled)
                    epoch++;
                if (limit !== before)
                    onLimit?.(limit, throttled ? 'throttled' : 'recovered');
            }
            wake();
        },
    };
}
/** Paces calls through an AIMD window and re-queues throttled attempts; place it inside retry. */
export function adaptive(options = {}) {
    const max = Math.max(1, options.max ?? 8);
    const bounds = {
        min: Math.min(max, Math.max(1, options.min ?? 1)),
        max,
        decrease: options.decrease ?? 0.7,
    };
    const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 10));
    const maxDelayMs = options.maxDelayMs ?? 10_000;
    const random = options.random ?? Math.random;
    const sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
    const window = createWindow(bounds, options.onLimit);
    return (next) => async (call) => {
        for (let tries = 1;; tries++) {
            const epoch = await window.acquire(call.signal);
            const ex = await next(tries === 1 ? call : { ...call, attempt: call.attempt + tries - 1 }).catch((e) => {
                window.release(epoch, false);
                throw e;
            });
            const throttled = classify(ex).kind === 'throttled';
            window.release(epoch, throttled);
            if (!throttled || tries >= maxAttempts || call.signal?.aborted)
                return ex;
            const asked = parseRetryAfter(ex.response?.headers);
            const wait = asked === undefined
                ? backoffDelay(tries, random, options.baseDelayMs ?? 25, maxDelayMs)
                : Math.min(asked, maxDelayMs);
            try {
                await sleep(wait, call.signal);
            }
            catch {
                return ex; // aborted while waiting: the throttled answer is the answer
            }
        }
    };
}
