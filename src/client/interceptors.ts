/**
 * Client behaviour as small composable functions, in the style of undici's dispatcher
 * `compose`: each interceptor wraps the next handler and may retry, observe or rewrite.
 * The base handler (send.ts) signs and sends one attempt; everything else is layered on.
 */
import type { Exchange } from './exchange.ts';
import type { SendAs } from './wire.ts';
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
  /** How this call goes over the wire, where it differs from the client's defaults. */
  send?: SendAs;
}

/** Performs a call: resolves with its exchange, a response or the transport failure that left it without one. */
export type Handler = (call: CallContext) => Promise<Exchange>;
export type Interceptor = (next: Handler) => Handler;

/** Composes interceptors so the first one listed is the outermost: compose(a, b)(base) = a(b(base)). */
export function compose(...interceptors: Interceptor[]): (base: Handler) => Handler {
  return (base) => interceptors.reduceRight<Handler>((next, interceptor) => interceptor(next), base);
}

/** Rewrites every exchange with `map`. */
export function mapExchange(map: (ex: Exchange) => Exchange): Interceptor {
  return (next) => async (call) => map(await next(call));
}

/** Replaces secrets, signatures and tokens in every exchange that passes outwards. */
export function redact(secrets: readonly string[]): Interceptor {
  const list = secrets.filter((s) => s !== '');
  return mapExchange((ex) => redactExchange(ex, list));
}

/** Hands every finished call's exchange to `onExchange`; place it outside redact. */
export function record(onExchange: (ex: Exchange) => void): Interceptor {
  return (next) => async (call) => {
    const ex = await next(call);
    onExchange(ex);
    return ex;
  };
}
