/**
 * Signature version 1.0 (HMAC-SHA1), the RPC signature of `@alicloud/pop-core` and of
 * the official SDK with `signatureAlgorithm: 'v2'`. Every parameter, common and
 * operation alike, is signed; the signature travels as the `Signature` parameter.
 */
import { createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode } from './percent-encode.ts';

/** The parameter that carries the signature and is therefore never signed itself. */
export const V1_SIGNATURE_PARAM = 'Signature';

/** StringToSign = `METHOD&%2F&` + percentEncode(canonical query), `Signature` excluded. */
export function stringToSignV1(method: string, params: Record<string, string>): string {
  const pairs = Object.entries(params).filter(([k]) => k !== V1_SIGNATURE_PARAM);
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQuery(pairs))}`;
}

/** base64(HMAC-SHA1(secret + '&', StringToSign)). */
export function signV1(method: string, params: Record<string, string>, secret: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSignV1(method, params), 'utf8').digest('base64');
}

/** Inputs to {@link signRequestV1}; time and nonce are injected so signing stays pure. */
export interface SignRequestV1Input {
  method: 'GET' | 'POST';
  action: string;
  version: string;
  params: Record<string, string>;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** The `Format` parameter's value: default `JSON`, as the official SDK; null sends none. */
  format?: string | null;
  /** `YYYY-MM-DDThh:mm:ssZ` */
  timestamp: string;
  nonce: string;
}

/** The complete V1 parameter set to send (common params, operation params, Signature). */
export function signRequestV1(input: SignRequestV1Input): Record<string, string> {
  // Operation params first, common params after: a stray `Action` or `Signature` in the
  // operation params can never override what is being signed.
  const params: Record<string, string> = {
    ...input.params,
    Action: input.action,
    Version: input.version,
    Format: input.format ?? 'JSON',
    AccessKeyId: input.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: input.nonce,
    Timestamp: input.timestamp,
  };
  delete params[V1_SIGNATURE_PARAM];
  if (input.format === null) delete params['Format'];
  if (input.securityToken !== undefined && input.securityToken !== '') {
    params['SecurityToken'] = input.securityToken;
  }
  params[V1_SIGNATURE_PARAM] = signV1(input.method, params, input.accessKeySecret);
  return params;
}
