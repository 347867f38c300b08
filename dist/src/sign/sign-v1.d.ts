/** The parameter that carries the signature and is therefore never signed itself. */
export declare const V1_SIGNATURE_PARAM = "Signature";
/** StringToSign = `METHOD&%2F&` + percentEncode(canonical query), `Signature` excluded. */
export declare function stringToSignV1(method: string, params: Record<string, string>): string;
/** base64(HMAC-SHA1(secret + '&', StringToSign)). */
export declare function signV1(method: string, params: Record<string, string>, secret: string): string;
/** Inputs to {@link signRequestV1}; time and nonce are injected so signing stays pure. */
export interface SignRequestV1Input {
    method: 'GET' | 'POST';
    action: string;
    version: string;
    params: Record<string, string>;
    accessKeyId: string;
    accessKeySecret: string;
    securityToken?: string;
    /** `YYYY-MM-DDThh:mm:ssZ` */
    timestamp: string;
    nonce: string;
}
/** The complete V1 parameter set to send (common params, operation params, Signature). */
export declare function signRequestV1(input: SignRequestV1Input): Record<string, string>;
