/**
 * The base handler: signs one attempt and sends it with undici. It resolves with the exchange
 * for every HTTP response, whatever the status (the suite judges responses, not the client),
 * and with an exchange carrying the transport failure when no complete response arrived.
 * It rejects only for a request that could not be built (a bug of ours, never the target's).
 */
import { performance } from 'node:perf_hooks';
import { request, type Dispatcher } from 'undici';
import { readBody } from './body.ts';
import type { Exchange, ExchangeResponse } from './exchange.ts';
import type { Handler } from './interceptors.ts';
import { classifyTransportError, faultCode, type TransportFailure } from './transport.ts';
import { buildWireRequest, type WireOptions } from './wire.ts';

export interface SendOptions extends WireOptions {
  dispatcher: Dispatcher;
  now: () => Date;
  nonce: () => string;
}

/** Creates the handler that signs (fresh date and nonce per attempt) and sends one request. */
export function sendHandler(options: SendOptions): Handler {
  return async (call) => {
    const date = options.now();
    const wire = buildWireRequest(call, options, { date, nonce: options.nonce() });
    const started = performance.now();
    const base = {
      seq: call.seq,
      action: call.action,
      params: { ...call.params },
      request: wire,
      startedAt: date.toISOString(),
      attempts: call.attempt,
    };
    try {
      const res = await request(wire.url, {
        dispatcher: options.dispatcher,
        method: wire.method as Dispatcher.HttpMethod,
        headers: wire.headers,
        body: wire.body === '' ? undefined : wire.body,
        signal: call.signal,
      });
      const text = await res.body.text();
      return {
        ...base,
        response: responseOf(res.statusCode, flattenHeaders(res.headers), text),
        error: undefined,
        durationMs: performance.now() - started,
      } satisfies Exchange;
    } catch (e) {
      const kind = classifyTransportError(e);
      if (kind === 'invalid') throw e;
      const code = faultCode(kind, call.write);
      const message = describeFailure(kind, call.action, options.target.url.origin, e, code === 'KPC_AMBIGUOUS_WRITE');
      const error = { code, message, failure: kind };
      return { ...base, response: undefined, error, durationMs: performance.now() - started } satisfies Exchange;
    }
  };
}

/** Flattens undici's response headers into one string per name (repeats joined with ", "). */
export function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** A complete response as an exchange keeps it: the body read once, as JSON or XML. */
export function responseOf(status: number, headers: Record<string, string>, text: string): ExchangeResponse {
  const { body, format, root } = readBody(text);
  return {
    status,
    headers,
    text,
    body,
    ...(format === undefined ? {} : { format }),
    ...(root === undefined ? {} : { root }),
  };
}

const WHAT: Record<TransportFailure, string> = {
  refused: 'connection refused',
  unreachable: 'host unreachable',
  dns: 'host name not found',
  tls: 'TLS handshake failed',
  'connect-timeout': 'connect timed out',
  reset: 'connection closed before a complete response',
  timeout: 'no complete response in time',
  aborted: 'aborted by the caller',
  invalid: 'request could not be built (client bug)',
  unknown: 'transport failure',
};

function describeFailure(
  kind: TransportFailure,
  action: string,
  origin: string,
  e: unknown,
  ambiguous: boolean,
): string {
  const detail = e instanceof Error ? e.message : String(e);
  const head = `${action} to ${origin}: ${WHAT[kind]} (${detail})`;
  return ambiguous ? `${head}; the write may or may not have taken effect: read the state back to reconcile` : head;
}
