/** An operational fault with a stable code and an optional cause. */
export class KpcError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = 'KpcError';
        this.code = code;
    }
}
/** True when `e` is a KpcError, optionally with the given code. */
export function isKpcError(e, code) {
    return e instanceof KpcError && (code === undefined || e.code === code);
}
