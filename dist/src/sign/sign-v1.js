/**
 * Signature version 1.0 (HMAC-SHA1), the RPC signature of `@alicloud/pop-core` and of
 * the official SDK with `signatureAlgorithm: 'v2'`. Every parameter, common and
 * operation alike, is signed; the signature travels as the `Signature` parameter.
 */
import { createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode } from './percent-encode.js';
/** The parameter that carries the signature and is therefore never signed itself. */
export const V1_SIGNATURE_PARAM = 'Signature';
/** StringToSign = `METHOD&%2F&` + percentEncode(canonical query), `Signature` excluded. */
export function stringToSignV1(method, params) {
    const pairs = Object.entries(params).filter(([k]) => k !== V1_SIGNATURE_PARAM);
    return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQuery(pairs))}`;
}
/** base64(HMAC-SHA1(secret + '&', StringToSign)). */
export function signV1(method, params, secret) {
    return createHmac('sha1', `${secret}&`).update(stringToSignV1(method, params), 'utf8').digest('base64');
}
/** The complete V1 parameter set to send (common params, operation params, Signature). */
export function signRequestV1(input) {
    // Operation params first, common params after: a stray `Action` or `Signature` in the
    // operation params can never override what is being signed.
    const params = {
        ...input.params,
        Action: input.action,
        Version: input.version,
        Format: 'JSON',
        AccessKeyId: input.accessKeyId,
        SignatureMethod: 'HMAC-SHA1',
        SignatureVersion: '1.0',
        SignatureNonce: input.nonce,
        Timestamp: input.timestamp,
    };
    delete params[V1_SIGNATURE_PARAM];
    if (input.securityToken !== undefined && input.securityToken !== '') {
        params['SecurityToken'] = input.securityToken;
    }
    params[V1_SIGNATURE_PARAM] = signV1(input.method, params, input.accessKeySecret);
    return params;
}
