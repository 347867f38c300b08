/**
 * The signed wire form of one attempt, built purely from the call, the credentials and an
 * injected time and nonce: signing happens per attempt because a retried request must carry
 * a fresh date and nonce (the server rejects a reused nonce).
 */
import { canonicalQuery } from '../sign/percent-encode.ts';
import { signRequestV1 } from '../sign/sign-v1.ts';
import { signRequestV3 } from '../sign/sign-v3.ts';
import type { Credentials } from './credentials.ts';
import { targetForRegion, type Target } from './target.ts';

export interface WireOptions {
  target: Target;
  credentials: Credentials;
  signature: 'v3' | 'v1';
  v1Method: 'GET' | 'POST';
  version: string;
  /** Regions whose own endpoint a call for them goes to, when the target is an Alibaba Cloud endpoint. */
  regionEndpoints?: readonly string[];
}

/**
 * How one call goes over the wire where it differs from the client's defaults: its signature,
 * and for V1 the `Format` it asks for (`omitted`: no Format parameter, the documented default
 * applies). V3 carries no Format.
 */
export interface SendAs {
  signature?: 'v3' | 'v1';
  format?: RequestFormat;
}

/** The `Format` a V1 request sends: as the document writes the values, or none at all. */
export type RequestFormat = 'json' | 'xml' | 'omitted';

export interface WireRequest {
  method: string;
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

// Unsigned, added after signing: identifies the tool in server logs.
const USER_AGENT = 'keypair-conformance';

/** `YYYY-MM-DDThh:mm:ssZ`, the timestamp form both signature versions require. */
export function formatTimestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Signs and lays out one attempt of an RPC call (V3: POST + query; V1: GET query or POST form). */
export function buildWireRequest(
  call: { action: string; params: Record<string, string>; send?: SendAs },
  options: WireOptions,
  stamp: { date: Date; nonce: string },
): WireRequest {
  const { credentials } = options;
  const target = targetForRegion(options.target, call.params.RegionId, options.regionEndpoints ?? []);
  const origin = target.url.origin;
  const secrets = {
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    ...(credentials.securityToken === undefined ? {} : { securityToken: credentials.securityToken }),
  };
  if ((call.send?.signature ?? options.signature) === 'v3') {
    // As the official SDK: POST, every parameter in the query, empty body.
    const signed = signRequestV3({
      method: 'POST',
      host: target.host,
      action: call.action,
      version: options.version,
      params: call.params,
      ...secrets,
      date: formatTimestamp(stamp.date),
      nonce: stamp.nonce,
    });
    return {
      method: signed.method,
      url: `${origin}${signed.path}${signed.query === '' ? '' : `?${signed.query}`}`,
      headers: { ...signed.headers, 'user-agent': USER_AGENT },
      body: '',
    };
  }
  const method = options.v1Method;
  const params = signRequestV1({
    method,
    action: call.action,
    version: options.version,
    params: call.params,
    ...v1Format(call.send?.format),
    ...secrets,
    timestamp: formatTimestamp(stamp.date),
    nonce: stamp.nonce,
  });
  const encoded = canonicalQuery(Object.entries(params));
  const headers: Record<string, string> = { host: target.host, 'user-agent': USER_AGENT };
  if (method === 'GET') return { method, url: `${origin}/?${encoded}`, headers, body: '' };
  headers['content-type'] = 'application/x-www-form-urlencoded';
  return { method, url: `${origin}/`, headers, body: encoded };
}

/** A call's Format for V1: none when omitted, the signer's default (JSON) when unsaid. */
function v1Format(format: RequestFormat | undefined): { format?: string | null } {
  if (format === undefined) return {};
  return { format: format === 'omitted' ? null : format };
}
