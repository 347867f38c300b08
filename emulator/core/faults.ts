/**
 * Injected faults the core answers itself: throttling and 5xx errors. Decided first, from
 * env.random, so a faulted request changes nothing (not even the nonce memory). Draws
 * happen only for rates above 0, so a seeded run's fault sequence depends only on the
 * order of requests.
 */
import type { ApiError, FaultRates } from './types.ts';

/** The fault to answer with, if one is drawn. */
export function drawFault(rates: FaultRates | undefined, random: () => number): ApiError | undefined {
  if (rates === undefined) return undefined;
  if (rates.throttle > 0 && random() < rates.throttle) return { code: 'Throttling.User' };
  if (rates.error5xx > 0 && random() < rates.error5xx) {
    return { code: random() < 0.5 ? 'InternalError' : 'ServiceUnavailable' };
  }
  return undefined;
}

/** A small seeded PRNG (mulberry32): uniform in [0, 1), same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
