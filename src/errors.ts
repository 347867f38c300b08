/**
 * Faults are exceptions; findings are values. Every fault the tool raises is a KpcError
 * with a stable code (like undici's UND_ERR_*), so callers and the CLI branch on the code,
 * never on the message.
 */
export type KpcErrorCode =
  | 'KPC_USAGE' // bad flag or argument
  | 'KPC_CONFIG' // a configuration value is invalid
  | 'KPC_CASE_FILE' // a YAML case file is malformed
  | 'KPC_SPEC' // a spec file is malformed
  | 'KPC_TARGET_UNREACHABLE' // connection refused, DNS failure, TLS failure
  | 'KPC_TIMEOUT' // the target did not answer in time
  | 'KPC_AMBIGUOUS_WRITE' // a write may or may not have taken effect
  | 'KPC_BAD_RESPONSE' // the target answered something that is not an API response
  | 'KPC_STATE_FILE' // the emulator's state file cannot be read or written
  | 'KPC_INTERNAL';

/** An operational fault with a stable code and an optional cause. */
export class KpcError extends Error {
  readonly code: KpcErrorCode;
  constructor(code: KpcErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KpcError';
    this.code = code;
  }
}

/** True when `e` is a KpcError, optionally with the given code. */
export function isKpcError(e: unknown, code?: KpcErrorCode): e is KpcError {
  return e instanceof KpcError && (code === undefined || e.code === code);
}
