/** Request signing (V1 HMAC-SHA1, V3 ACS3-HMAC-SHA256), RPC request parsing and verification. */
export { canonicalQuery, percentEncode } from './percent-encode.ts';
export { signRequestV1, signV1, stringToSignV1, V1_SIGNATURE_PARAM, type SignRequestV1Input } from './sign-v1.ts';
export {
  canonicalRequestV3,
  defaultSignedHeaders,
  EMPTY_BODY_SHA256,
  hashPayload,
  signRequestV3,
  signV3,
  V3_ALGORITHM,
  type CanonicalRequestV3Input,
  type SignedRequestV3,
  type SignRequestV3Input,
  type SignV3Result,
} from './sign-v3.ts';
export {
  parseRpcRequest,
  rpcCallOf,
  type ParseResult,
  type RawHttpRequest,
  type RpcAuth,
  type RpcCall,
} from './rpc-request.ts';
export { decodeRawRequest, type DecodedRequest } from './raw-request.ts';
export {
  MAX_CLOCK_SKEW_MS,
  parseUtcTimestamp,
  verifyDecoded,
  verifyRequest,
  type VerifyEnv,
  type VerifyResult,
} from './verify.ts';
export { rawRequestV1, rawRequestV3 } from './build-request.ts';
