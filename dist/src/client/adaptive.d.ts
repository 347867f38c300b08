import type { Interceptor } from './interceptors.ts';
export interface AdaptiveOptions {
    /** Window ceiling and starting point (default 8). */
    max?: number;
    /** Window floor (default 1). */
    min?: number;
    /** Factor a throttled answer multiplies the window by (default 0.7, as CUBIC). */
    decrease?: number;
    /** Attempts in all for a throttled call, the first included (default 10). */
    maxAttempts?: number;
    /** Backoff cap before jitter for the first re-queue; doubles each time (default 25 ms: the window already slows down). */
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
export declare function nextLimit(limit: number, throttled: boolean, b: AimdBounds): number;
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
export declare function createWindow(b: AimdBounds, onLimit?: AdaptiveOptions['onLimit']): Window;
/** Paces calls through an AIMD window and re-queues throttled attempts; place it inside retry. */
export declare function adaptive(options?: AdaptiveOptions): Interceptor;
