/**
 * One call as it went over the wire: the unit the suite judges, the recorder stores and the
 * report replays. Exchanges leave the client redacted (see redact.ts). A call always ends in
 * an exchange, with a response or with the transport failure that left it without one;
 * answer.ts says what it means.
 */
import type { BodyFormat } from './body.ts';
import type { TransportFailure } from './transport.ts';

/** A complete HTTP response, its body read once (body.ts). */
export interface ExchangeResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The API's body, from JSON or from XML alike; undefined when the body is neither. */
  body: unknown;
  /** The form the body came in, when it was JSON or XML. */
  format?: BodyFormat;
  /** The root element of an XML body: the envelope (`ImportKeyPairResponse`, `Error`). */
  root?: string;
}

export interface Exchange {
  /** Per-client call number, from 1. */
  seq: number;
  action: string;
  /** The operation parameters the caller passed (not the signing parameters). */
  params: Record<string, string>;
  /** The last attempt's request, exactly as sent (header names lower-case). */
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  /** Undefined when the transport failed before a complete response arrived. */
  response: ExchangeResponse | undefined;
  /**
   * Why no complete response arrived (the last attempt's transport failure), undefined on any
   * HTTP response. `code` is a KpcErrorCode for messages; `failure` says whether it was sent.
   */
  error: { code: string; message: string; failure: TransportFailure } | undefined;
  /** ISO time the last attempt started. */
  startedAt: string;
  /** Duration of the last attempt, from performance.now(). */
  durationMs: number;
  attempts: number;
}
