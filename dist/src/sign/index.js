/** Request signing (V1 HMAC-SHA1, V3 ACS3-HMAC-SHA256), RPC request parsing and verification. */
export { canonicalQuery, percentEncode } from './percent-encode.js';
export { signRequestV1, signV1, stringToSignV1, V1_SIGNATURE_PARAM } from './sign-v1.js';
export { canonicalRequestV3, defaultSignedHeaders, EMPTY_BODY_SHA256, hashPayload, signRequestV3, signV3, V3_ALGORITHM, } from './sign-v3.js';
export { parseRpcRequest } from './rpc-request.js';
export { MAX_CLOCK_SKEW_MS, parseUtcTimestamp, verifyRequest } from './verify.js';
export { rawRequestV1, rawRequestV3 } from './build-request.js';
