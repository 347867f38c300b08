/**
 * Client behaviour as small composable functions, in the style of undici's dispatcher
 * `compose`: each interceptor wraps the next handler and may retry, observe or rewrite.
 * The base handler (send.ts) signs and sends one attempt; everything else is layered on.
 */
import { ExchangeError, type Exchange } from './exchange.ts';
import { redactExchange } from './redact.ts';

export interface CallContext {
  /** Per-client call number, from 1. */
  seq: number;
  action: string;
  params: Record<string, string>;
  /** The call changes state; retrying it after it may have arrived could apply it twice. */
  write: boolean;
  /** Applying the call twice has the same effect as once; a write may then be retried. */
  idempotent: boolean;
  /** 1 for the first attempt; set by retry. */
  attempt: number;
  signal: AbortSignal | undefined;
}

/** Performs a call: resolves with the exchange for any HTTP response, rejects with ExchangeError on transport faults. */
export type Handler = (call: CallContext) => Promise<Exchange>;
export type Interceptor = (next: Handler) => Handler;

/** Composes interceptors so the first one listed is the outermost: compose(a, b)(base) = a(b(base)). */
export function compose(...interceptors: Interceptor[]): (base: Handler) => Handler {
  return (base) => interceptors.reduceRight<Handler>((next, interceptor) => interceptor(next), base);
}

/** Rewrites every exchange (resolved, or carried by an ExchangeError) with `map`. */
export function mapExchange(map: (ex: Exchange) => Exchange): Interceptor {
  return (next) => async (call) => {
    try {
      return map(await next(call));
    } catch (e) {
      if (!(e instanceof ExchangeError)) throw e;
      const ex = map(e.exchange);
      // The message mirrors ex.error.message, so it gets the same rewrite.
      throw new ExchangeError(e.code, ex.error?.message ?? e.message, ex, { cause: e.cause });
    }
  };
}

/** Replaces secrets, signatures and tokens in every exchange (and fault) that passes outwards. */
export function redact(secrets: readonly string[]): Interceptor {
  const list = secrets.filter((s) => s !== '');
  return mapExchange((ex) => redactExchange(ex, list));
}

/** Hands every finished call's exchange to `onExchange`, faults included; place it outside redact. */
export function record(onExchange: (ex: Exchange) => void): Interceptor {
  return (next) => async (call) => {
    let ex: Exchange;
    try {
      ex = await next(call);
    } catch (e) {
      if (e instanceof ExchangeError) onExchange(e.exchange);
      throw e;
    }
    onExchange(ex);
    return ex;
  };
}
