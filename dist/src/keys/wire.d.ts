/**
 * SSH wire format (RFC 4251 §5): uint32 big-endian lengths, length-prefixed strings and
 * mpints. The reader throws only WireError, which `readWire` turns into a result, so a
 * malformed blob can never escape as an unexpected exception.
 */
/** A structural problem in a wire-format buffer; caught by `readWire`. */
export declare class WireError extends Error {
    constructor(message: string);
}
/** Sequential reader over one wire-format buffer. */
export declare class WireReader {
    #private;
    constructor(buf: Uint8Array);
    /** Bytes not yet consumed. */
    get remaining(): number;
    /** Current read position, for error messages. */
    get offset(): number;
    /** Reads a uint32 (big-endian). */
    uint32(what?: string): number;
    /** Reads a length-prefixed byte string. */
    bytes(what?: string): Uint8Array;
    /** Reads a length-prefixed string that must be printable ASCII (type and curve names). */
    ascii(what?: string): string;
    /** Reads a non-negative mpint and returns its magnitude (leading zero bytes stripped). */
    mpint(what?: string): Uint8Array;
    /** Fails unless every byte has been consumed. */
    end(): void;
}
/** Result of reading a buffer with `readWire`. */
export type WireResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    reason: string;
};
/** Runs `fn` over a reader on `buf`, turning a WireError into `{ ok: false }`. */
export declare function readWire<T>(buf: Uint8Array, fn: (r: WireReader) => T): WireResult<T>;
/** Encodes a uint32 big-endian. */
export declare function encodeUint32(n: number): Buffer;
/** Encodes a length-prefixed string (ASCII text or raw bytes). */
export declare function encodeString(data: string | Uint8Array): Buffer;
/** Encodes a non-negative magnitude as a minimal mpint (zero byte added when the high bit is set). */
export declare function encodeMpint(magnitude: Uint8Array): Buffer;
/** Number of significant bits in a big-endian magnitude. */
export declare function bitLength(magnitude: Uint8Array): number;
