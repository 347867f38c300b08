/**
 * Redaction: no secret, signature or STS token may leave the client, whether in a report, a
 * recording or a curl line. Structure first (the fields known to carry secrets), then a sweep
 * for every known secret in every encoding it can take on the wire or in an error message.
 */
import type { Exchange } from './exchange.ts';
export declare const REDACTED = "<redacted>";
/** Returns a copy of `ex` with signatures, tokens and every occurrence of `secrets` replaced by <redacted>. */
export declare function redactExchange(ex: Exchange, secrets: readonly string[]): Exchange;
/** Every form a secret can take in a URL, a form body, a V1 string-to-sign or a JSON string. */
export declare function secretVariants(secret: string): string[];
