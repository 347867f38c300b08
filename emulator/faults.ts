/**
 * Injected faults, decided from one seeded PRNG so that the same seed and the same order of
 * requests give the same faults. Throttling and 5xx errors are answered by the core before it
 * does anything (core/faults.ts); the shell adds latency, a reset before anything happens,
 * and the two faults of a lost answer: the request is carried out and then answered
 * 500 InternalError (`internalAfter`) or the connection is reset (`resetAfter`).
 */
import { mulberry32 } from './core/faults.ts';
import type { FaultRates } from './core/types.ts';

/** Opt-in faults; rates are probabilities per API request (control requests are never faulted). */
export interface FaultOptions {
  /** 400 Throttling.User, before anything happens. */
  throttle?: number;
  /** 500 InternalError or 503 ServiceUnavailable (half each), before anything happens. */
  error5xx?: number;
  /** Added before every API request is handled. */
  latencyMs?: number;
  /** The connection is destroyed without an answer, before anything happens. */
  reset?: number;
  /** The request is carried out, then answered 500 InternalError: its answer is lost. */
  internalAfter?: number;
  /** The request is carried out, then the connection is destroyed: its answer is lost. */
  resetAfter?: number;
  /** PRNG seed; the same seed and request order give the same faults. Random when absent. */
  seed?: number;
}

/** The rate of each fault named without one (`--fault internal-after`). */
export const DEFAULT_FAULT_RATES = {
  throttle: 0.05,
  error5xx: 0.05,
  reset: 0.03,
  internalAfter: 0.05,
  resetAfter: 0.03,
} as const;

/** What happens to an answer once the request was carried out. */
export type AfterFault = 'internal' | 'reset' | undefined;

/** The faults of one emulator: its seed, the core's rates and the shell's draws. */
export interface FaultPlan {
  /** The seed in use; undefined when no fault is configured. */
  seed: number | undefined;
  random: () => number;
  /** What the core draws itself. */
  core: FaultRates;
  latencyMs: number;
  /** Whether to reset the connection before anything happens. */
  resetBefore(): boolean;
  /** What to do with the answer of a request that was carried out. */
  after(): AfterFault;
}

const draw = (random: () => number, rate: number): boolean => rate > 0 && random() < rate;

/** The plan for `f`; draws happen only for rates above 0. */
export function faultPlan(f: FaultOptions = {}): FaultPlan {
  const rates = [f.throttle, f.error5xx, f.reset, f.internalAfter, f.resetAfter];
  const faulty = rates.some((r) => (r ?? 0) > 0);
  const seed = faulty ? (f.seed ?? Math.floor(Math.random() * 2 ** 32)) : undefined;
  const random = mulberry32(seed ?? 0);
  return {
    seed,
    random,
    core: { throttle: f.throttle ?? 0, error5xx: f.error5xx ?? 0 },
    latencyMs: f.latencyMs ?? 0,
    resetBefore: () => draw(random, f.reset ?? 0),
    after() {
      if (draw(random, f.internalAfter ?? 0)) return 'internal';
      return draw(random, f.resetAfter ?? 0) ? 'reset' : undefined;
    },
  };
}
