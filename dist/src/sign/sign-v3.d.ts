export declare const V3_ALGORITHM = "ACS3-HMAC-SHA256";
/** hex(sha256("")): the payload hash of an empty body. */
export declare const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** What a V3 canonical request is computed from. */
export interface CanonicalRequestV3Input {
    method: string;
    path: string;
    /** Decoded name/value pairs; they are RFC 3986-encoded and sorted here. */
    query: ReadonlyArray<readonly [string, string]>;
    /** Any case; looked up case-insensitively. */
    headers: Record<string, string>;
    signedHeaders: readonly string[];
    body: Uint8Array | string;
}
/** hex(sha256(body)), the `x-acs-content-sha256` value. */
export declare function hashPayload(body: Uint8Array | string): string;
/** Lower-cased, trimmed, de-duplicated and sorted header names, as they are signed. */
export declare function normaliseSignedHeaders(names: readonly string[]): string[];
/** The headers signed by default: host, content-type if present, and every x-acs-* header. */
export declare function defaultSignedHeaders(headers: Record<string, string>): string[];
/** METHOD \n path \n query \n canonical headers \n signed headers \n hex(sha256(body)). */
export declare function canonicalRequestV3(input: CanonicalRequestV3Input): string;
/** Every intermediate value of a V3 signature, so a mismatch can be explained. */
export interface SignV3Result {
    canonicalRequest: string;
    hashedCanonicalRequest: string;
    stringToSign: string;
    signature: string;
}
/** Signs a canonical request: hex(HMAC-SHA256(secret, "ACS3-HMAC-SHA256\n" + hex(sha256(CR)))). */
export declare function signV3(input: CanonicalRequestV3Input & {
    secret: string;
}): SignV3Result;
/** Inputs to {@link signRequestV3}; time and nonce are injected so signing stays pure. */
export interface SignRequestV3Input {
    method?: 'POST' | 'GET';
    host: string;
    action: string;
    version: string;
    params: Record<string, string>;
    accessKeyId: string;
    accessKeySecret: string;
    securityToken?: string;
    /** `YYYY-MM-DDThh:mm:ssZ` */
    date: string;
    nonce: string;
    body?: Uint8Array;
    /** Sent and signed as `content-type` when given (e.g. for a form body). */
    contentType?: string;
}
/** A signed V3 request, ready to send: `path + '?' + query`, these headers, the body. */
export interface SignedRequestV3 {
    method: string;
    path: '/';
    /** Already RFC 3986-encoded and sorted; empty when there are no params. */
    query: string;
    headers: Record<string, string>;
}
/** Signs an RPC call the way the official SDK does: params in the query, action in headers. */
export declare function signRequestV3(input: SignRequestV3Input): SignedRequestV3;
