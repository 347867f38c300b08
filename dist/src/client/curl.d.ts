/**
 * A curl command that replays an exchange's request: every failure in a report can be re-run by
 * hand. It is built from the redacted exchange, so the signature must be filled in (or the
 * request re-signed) before the target will accept it; that is the price of never leaking it.
 */
import type { Exchange } from './exchange.ts';
/** Renders the (redacted) request of `ex` as a single-line POSIX-shell curl command. */
export declare function curlLine(ex: Exchange): string;
/** Quotes a string for a POSIX shell: single quotes, with embedded quotes closed and escaped. */
export declare function shellQuote(s: string): string;
