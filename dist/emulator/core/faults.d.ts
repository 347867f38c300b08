/**
 * Injected faults the core answers itself: throttling and 5xx errors. Decided first, from
 * env.random, so a faulted request changes nothing (not even the nonce memory). Draws
 * happen only for rates above 0, so a seeded run's fault sequence depends only on the
 * order of requests.
 */
import type { ApiError, FaultRates } from './types.ts';
/** The fault to answer with, if one is drawn. */
export declare function drawFault(rates: FaultRates | undefined, random: () => number): ApiError | undefined;
export { mulberry32 } from '../../src/random.ts';
