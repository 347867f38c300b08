/**
 * What a transport error means for the call: was anything sent, and which KpcError code does
 * the caller see. Pure, so the retry policy and the error mapping are tested without sockets.
 */
import type { KpcErrorCode } from '../errors.ts';
/**
 * - `refused`, `unreachable`, `dns`, `tls`, `connect-timeout`: failed before a byte of the request left.
 * - `reset`, `timeout`, `unknown`: the request may have reached the server (and a write taken effect).
 * - `aborted`: the caller's signal fired.
 * - `invalid`: the request could not be built (a bug in the client, never the target's fault).
 */
export type TransportFailure = 'refused' | 'unreachable' | 'dns' | 'tls' | 'connect-timeout' | 'reset' | 'timeout' | 'aborted' | 'invalid' | 'unknown';
/** Classifies an error thrown by undici or node:net, looking through causes and AggregateErrors. */
export declare function classifyTransportError(err: unknown): TransportFailure;
/** False only when the failure happened before the request could reach the server. */
export declare function mayHaveBeenSent(kind: TransportFailure): boolean;
/** The code a caller sees for a failure; any write that may have arrived is ambiguous, whatever else. */
export declare function faultCode(kind: TransportFailure, write: boolean): KpcErrorCode;
