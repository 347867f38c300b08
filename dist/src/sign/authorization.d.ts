export interface AuthorizationV3 {
    accessKeyId: string;
    /** Lower-cased and trimmed, in the client's order. */
    signedHeaders: string[];
    signature: string;
}
export type ParseAuthorizationResult = {
    ok: true;
    auth: AuthorizationV3;
} | {
    ok: false;
    reason: string;
};
/** Parses an ACS3-HMAC-SHA256 Authorization header value, naming the defect if any. */
export declare function parseAuthorizationV3(value: string): ParseAuthorizationResult;
