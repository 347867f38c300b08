/**
 * A curl command that replays an exchange's request: every failure in a report can be re-run by
 * hand. It is built from the redacted exchange, so the signature must be filled in (or the
 * request re-signed) before the target will accept it; that is the price of never leaking it.
 */
import type { Exchange } from './exchange.ts';

// Headers curl computes itself; copying them would only go stale if the body is edited.
const SKIP = new Set(['content-length', 'connection', 'transfer-encoding']);

/** Renders the (redacted) request of `ex` as a single-line POSIX-shell curl command. */
export function curlLine(ex: Exchange): string {
  const { method, url, headers, body } = ex.request;
  const parts = ['curl', '-sS', '-X', method, shellQuote(url)];
  for (const [name, value] of Object.entries(headers)) {
    if (SKIP.has(name.toLowerCase())) continue;
    parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (body !== '') parts.push('--data-raw', shellQuote(body));
  return parts.join(' ');
}

/** Quotes a string for a POSIX shell: single quotes, with embedded quotes closed and escaped. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
