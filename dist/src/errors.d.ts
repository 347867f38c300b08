/**
 * Faults are exceptions; findings are values. Every fault the tool raises is a KpcError
 * with a stable code (like undici's UND_ERR_*), so callers and the CLI branch on the code,
 * never on the message.
 */
export type KpcErrorCode = 'KPC_USAGE' | 'KPC_CONFIG' | 'KPC_CASE_FILE' | 'KPC_SPEC' | 'KPC_TARGET_UNREACHABLE' | 'KPC_TIMEOUT' | 'KPC_AMBIGUOUS_WRITE' | 'KPC_BAD_RESPONSE' | 'KPC_STATE_FILE' | 'KPC_INTERNAL';
/** An operational fault with a stable code and an optional cause. */
export declare class KpcError extends Error {
    readonly code: KpcErrorCode;
    constructor(code: KpcErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/** True when `e` is a KpcError, optionally with the given code. */
export declare function isKpcError(e: unknown, code?: KpcErrorCode): e is KpcError;
