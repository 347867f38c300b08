/**
 * Strict decoding of `application/x-www-form-urlencoded` bytes (a query string or a form
 * body) into name/value pairs. Strict because a verifier re-encodes what it decoded: any
 * leniency (a stray `%`, bytes that are not UTF-8) would let two different wire strings
 * canonicalise alike, or make the server sign something the client never meant.
 */
/** A decoded parameter. Order is kept as received; duplicates are left to the caller. */
export type Pair = [name: string, value: string];
/** Why a segment could not be decoded, with the raw text to quote in an error message. */
export interface DecodeFailure {
    ok: false;
    /** The decoded name when only the value is broken; undefined when the name is. */
    name: string | undefined;
    /** The raw (still encoded) name as it appeared on the wire. */
    rawName: string;
    reason: 'malformed percent-encoding' | 'invalid UTF-8' | 'empty name';
}
export type DecodeFormResult = {
    ok: true;
    pairs: Pair[];
} | DecodeFailure;
/** Decodes `a=1&b=2` bytes. `+` is a space (form semantics, also applied to queries). */
export declare function decodeForm(bytes: Uint8Array): DecodeFormResult;
