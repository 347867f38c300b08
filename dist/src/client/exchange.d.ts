/**
 * One call as it went over the wire: the unit the suite judges, the recorder stores and the
 * report replays. Exchanges leave the client redacted (see redact.ts). A call always ends in
 * an exchange, with a response or with the transport failure that left it without one;
 * answer.ts says what it means.
 */
import type { TransportFailure } from './transport.ts';
export interface Exchange {
    /** Per-client call number, from 1. */
    seq: number;
    action: string;
    /** The operation parameters the caller passed (not the signing parameters). */
    params: Record<string, string>;
    /** The last attempt's request, exactly as sent (header names lower-case). */
    request: {
        method: string;
        url: string;
        headers: Record<string, string>;
        body: string;
    };
    /** Undefined when the transport failed before a complete response arrived. */
    response: {
        status: number;
        headers: Record<string, string>;
        text: string;
        body: unknown;
    } | undefined;
    /**
     * Why no complete response arrived (the last attempt's transport failure), undefined on any
     * HTTP response. `code` is a KpcErrorCode for messages; `failure` says whether it was sent.
     */
    error: {
        code: string;
        message: string;
        failure: TransportFailure;
    } | undefined;
    /** ISO time the last attempt started. */
    startedAt: string;
    /** Duration of the last attempt, from performance.now(). */
    durationMs: number;
    attempts: number;
}
