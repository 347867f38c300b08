/**
 * Adaptive concurrency for a throttling target (AIMD, as TCP congestion control): every
 * attempt takes a permit from a window of `limit` requests in flight. A `Throttling*`
 * answer cuts the window to 0.7 of itself (once per window: answers to requests sent
 * before the last cut do not cut again) and the attempt is queued again after a short
 * jittered wait; the server provably did nothing, so even a write is safe to repeat. Every
 * other answer grows the window by 1/limit, one permit per window of answers, up to `max`.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { classify } from './answer.ts';
import type { Interceptor } from './interceptors.ts';
import { backoffDelay, parseRetryAfter } from './retry.ts';

export interface AdaptiveOptions {
  /** Window ceiling and starting point (default 8). */
  max?: number;
  /** Window floor (default 1). */
  min?: number;
  /** Factor a throttled answer multiplies the window by (default 0.7, as CUBIC). */
  decrease?: number;
  /** Attempts in all for a throttled call, the first included (default 10). */
  maxAttempts?: number;
  /**
   * Backoff cap before jitter for the first re-queue; doubles each time
   * (default 25 ms: the window already slows down).
   */
  baseDelayMs?: number;
  /** Upper bound of the backoff, and of a server-requested `x-acs-retry-after` (default 10 s). */
  maxDelayMs?: number;
  /** Uniform in [0, 1); injectable for tests. */
  random?: () => number;
  /** Waits `ms`; injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told after every change of the window, for progress output and the bench. */
  onLimit?: (limit: number, reason: 'throttled' | 'recovered') => void;
}

/** The AIMD bounds. */
export interface AimdBounds {
  min: number;
  max: number;
  decrease: number;
}

/** The window after one answer: cut by `decrease` when throttled, else grown by 1/limit; within bounds. */
export function nextLimit(limit: number, throttled: boolean, b: AimdBounds): number {
  const next = throttled ? limit * b.decrease : limit + 1 / Math.max(1, limit);
  return Math.min(b.max, Math.max(b.min, next));
}

/** A window of permits whose size moves with the answers (the stateful half of the limiter). */
export interface Window {
  /** Resolves with the epoch the permit was taken in, once one is free. */
  acquire(signal?: AbortSignal): Promise<number>;
  /** Returns a permit and adjusts the window for the answer it got. */
  release(epoch: number, throttled: boolean): void;
  readonly limit: number;
  readonly inFlight: number;
}

/** Creates a window of permits (FIFO waiters) sized by nextLimit. */
export function createWindow(b: AimdBounds, onLimit?: AdaptiveOptions['onLimit']): Window {
  let limit = b.max;
  let inFlight = 0;
  // Bumped on every cut: answers to requests sent before it carry old news about the window.
  let epoch = 0;
  const waiters: Array<() => void> = [];
  const wake = (): void => {
    while (waiters.length > 0 && inFlight < Math.max(1, Math.floor(limit))) {
      inFlight++;
      waiters.shift()!();
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
      return new Promise<number>((resolve) => {
        const go = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve(epoch);
        };
        // An aborted call goes ahead at once: the next handler then fails it with its exchange.
        const onAbort = (): void => {
          const i = waiters.indexOf(go);
          if (i >= 0) waiters.splice(i, 1);
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
        if (throttled) epoch++;
        if (limit !== before) onLimit?.(limit, throttled ? 'throttled' : 'recovered');
      }
      wake();
    },
  };
}

/** Paces calls through an AIMD window and re-queues throttled attempts; place it inside retry. */
export function adaptive(options: AdaptiveOptions = {}): Interceptor {
  const max = Math.max(1, options.max ?? 8);
  const bounds: AimdBounds = {
    min: Math.min(max, Math.max(1, options.min ?? 1)),
    max,
    decrease: options.decrease ?? 0.7,
  };
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 10));
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const window = createWindow(bounds, options.onLimit);
  return (next) => async (call) => {
    for (let tries = 1; ; tries++) {
      const epoch = await window.acquire(call.signal);
      const ex = await next(tries === 1 ? call : { ...call, attempt: call.attempt + tries - 1 }).catch((e: unknown) => {
        window.release(epoch, false);
        throw e;
      });
      const throttled = classify(ex).kind === 'throttled';
      window.release(epoch, throttled);
      if (!throttled || tries >= maxAttempts || call.signal?.aborted) return ex;
      const asked = parseRetryAfter(ex.response?.headers);
      const wait =
        asked === undefined
          ? backoffDelay(tries, random, options.baseDelayMs ?? 25, maxDelayMs)
          : Math.min(asked, maxDelayMs);
      try {
        await sleep(wait, call.signal);
      } catch {
        return ex; // aborted while waiting: the throttled answer is the answer
      }
    }
  };
}
