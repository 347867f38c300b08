/**
 * One call as it went over the wire: the unit the suite judges, the recorder stores and the
 * report replays. Exchanges leave the client redacted (see redact.ts).
 */
import { KpcError, type KpcErrorCode } from '../errors.ts';

export interface Exchange {
  /** Per-client call number, from 1. */
  seq: number;
  action: string;
  /** The operation parameters the caller passed (not the signing parameters). */
  params: Record<string, string>;
  /** The last attempt's request, exactly as sent (header names lower-case). */
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  /** Undefined when the transport failed before a complete response arrived. */
  response:
    | { status: number; headers: Record<string, string>; text: string; body: unknown /* parsed JSON or undefined */ }
    | undefined;
  /** Transport fault of the last attempt (code is a KpcErrorCode), undefined on any HTTP response. */
  error: { code: string; message: string } | undefined;
  /** ISO time the last attempt started. */
  startedAt: string;
  /** Duration of the last attempt, from performance.now(). */
  durationMs: number;
  attempts: number;
}

/** A transport fault that carries the exchange it interrupted, so callers can record and reconcile. */
export class ExchangeError extends KpcError {
  exchange: Exchange;
  constructor(code: KpcErrorCode, message: string, exchange: Exchange, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ExchangeError';
    this.exchange = exchange;
  }
}

/** True when `e` is a transport fault carrying an exchange. */
export function isExchangeError(e: unknown): e is ExchangeError {
  return e instanceof ExchangeError;
}

/** The `Code` of an API error body, or undefined when the body is not one. */
export function responseCode(ex: Exchange): string | undefined {
  const body = ex.response?.body;
  if (typeof body !== 'object' || body === null) return undefined;
  const code = (body as Record<string, unknown>)['Code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when the answer is a throttling rejection. Like the official SDK, any Code that
 * contains `Throttling` counts (`Throttling`, `Throttling.User`, `Throttling.Api`, …).
 */
export function isThrottled(ex: Exchange): boolean {
  return responseCode(ex)?.includes('Throttling') ?? false;
}
