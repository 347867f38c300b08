/**
 * The HTTP request exactly as a server receives it, and its decoding into parameters and
 * headers. Parsing and verification both start here, so they see the same parameters.
 */
import { type Pair } from './form-decode.ts';
/** An incoming request, node:http style. */
export interface RawHttpRequest {
    method: string;
    /** Path and raw query exactly as received, e.g. `/?A=1`. */
    url: string;
    /** Lower-case names, as node:http delivers them. */
    headers: Record<string, string | string[] | undefined>;
    body: Uint8Array;
}
/** A request split into its decoded parts; query and body pairs stay apart for V3. */
export interface DecodedRequest {
    method: string;
    path: string;
    query: Pair[];
    /** Form-body pairs; empty unless content-type is application/x-www-form-urlencoded. */
    body: Pair[];
    /** Lower-cased names; repeated values joined with `,` as the SDK canonicalises them. */
    headers: Record<string, string>;
    /** Header names that arrived more than once (node:http gives those as arrays). */
    repeatedHeaders: string[];
}
/** A 400 for a request whose parameters cannot be decoded. */
export interface DecodeError {
    ok: false;
    status: 400;
    code: 'InvalidParameter';
    message: string;
}
/** True when the content-type header names a form body (media-type parameters such as charset are ignored). */
export declare function isFormContentType(contentType: string | undefined): boolean;
/** Splits a request target into path and raw query (absolute-form targets included). */
export declare function splitUrl(url: string): {
    path: string;
    rawQuery: string;
};
/** Decodes query, form body and headers; rejects broken encoding and duplicate names. */
export declare function decodeRawRequest(raw: RawHttpRequest): {
    ok: true;
    request: DecodedRequest;
} | DecodeError;
