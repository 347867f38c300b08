/**
 * Turns a raw HTTP request into an RPC call: action, version, operation parameters and
 * the credentials it claims. Never throws; malformed input is a 400 value. Checking the
 * claimed credentials is verify.ts's job.
 */
import { parseAuthorizationV3 } from './authorization.ts';
import type { Pair } from './form-decode.ts';
import { decodeRawRequest, type DecodedRequest, type RawHttpRequest } from './raw-request.ts';
import { V1_SIGNATURE_PARAM } from './sign-v1.ts';

export type { RawHttpRequest } from './raw-request.ts';

/** The credentials a request claims, by signature scheme. */
export type RpcAuth =
  | {
      scheme: 'v3';
      accessKeyId: string;
      signedHeaders: string[];
      signature: string;
      date: string | undefined;
      nonce: string | undefined;
      securityToken: string | undefined;
    }
  | {
      scheme: 'v1';
      accessKeyId: string;
      signature: string;
      signatureMethod: string | undefined;
      signatureVersion: string | undefined;
      nonce: string | undefined;
      timestamp: string | undefined;
      securityToken: string | undefined;
    }
  | { scheme: 'none' };

/** One RPC call; `params` holds operation parameters only (RegionId, Tag.1.Key, ...). */
export interface RpcCall {
  action: string | undefined;
  version: string | undefined;
  params: Record<string, string>;
  auth: RpcAuth;
}

export type ParseResult = { ok: true; call: RpcCall } | { ok: false; status: number; code: string; message: string };

/** Parameters that name the call rather than being part of it, in every scheme. */
const CALL_PARAMS = new Set(['Action', 'Version', 'Format']);

/** V1 common parameters that carry the signature; not operation parameters. */
const V1_AUTH_PARAMS = new Set([
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'SecurityToken',
  V1_SIGNATURE_PARAM,
]);

/** Parses a raw request into an RPC call (V3 Authorization, V1 Signature param, or none). */
export function parseRpcRequest(raw: RawHttpRequest): ParseResult {
  const decoded = decodeRawRequest(raw);
  return decoded.ok ? rpcCallOf(decoded.request) : decoded;
}

/** parseRpcRequest for a request already decoded, so a server that also verifies it decodes it once. */
export function rpcCallOf(req: DecodedRequest): ParseResult {
  const h = req.headers;
  // The header decides the scheme: the SDK in V1 mode also sends x-acs-action, and a
  // V3 request carries no Signature parameter, so neither can be mistaken for the other.
  if (h['authorization'] !== undefined) return parseV3(req);
  const all = new Map(req.query);
  for (const [k, v] of req.body) all.set(k, v);
  const scheme = all.has(V1_SIGNATURE_PARAM) ? 'v1' : 'none';
  const call: RpcCall = {
    action: all.get('Action') ?? h['x-acs-action'],
    version: all.get('Version') ?? h['x-acs-version'],
    params: operationParams(all, V1_AUTH_PARAMS),
    auth:
      scheme === 'none'
        ? { scheme }
        : {
            scheme,
            accessKeyId: all.get('AccessKeyId') ?? '',
            signature: all.get(V1_SIGNATURE_PARAM) ?? '',
            signatureMethod: all.get('SignatureMethod'),
            signatureVersion: all.get('SignatureVersion'),
            nonce: all.get('SignatureNonce'),
            timestamp: all.get('Timestamp'),
            securityToken: all.get('SecurityToken'),
          },
  };
  return { ok: true, call };
}

function parseV3(req: DecodedRequest): ParseResult {
  const h = req.headers;
  if (req.repeatedHeaders.includes('authorization')) {
    return incomplete('The Authorization header appears more than once');
  }
  const parsed = parseAuthorizationV3(h['authorization'] ?? '');
  if (!parsed.ok) return incomplete(`The Authorization header is malformed: ${parsed.reason}`);
  // The parameters straight from the pairs, query then body, as the V1 path reads them
  // through a Map: a later value of a name replaces an earlier one in its place.
  const params: Record<string, string> = {};
  const named: { Action?: string; Version?: string } = {};
  addParams(params, named, req.query);
  addParams(params, named, req.body);
  return {
    ok: true,
    call: {
      action: h['x-acs-action'] ?? named.Action,
      version: h['x-acs-version'] ?? named.Version,
      params,
      auth: {
        scheme: 'v3',
        accessKeyId: parsed.auth.accessKeyId,
        signedHeaders: parsed.auth.signedHeaders,
        signature: parsed.auth.signature,
        date: h['x-acs-date'],
        nonce: h['x-acs-signature-nonce'],
        securityToken: h['x-acs-security-token'],
      },
    },
  };
}

/** Adds operation parameters to `params`; Action and Version go to `named`, Format nowhere. */
function addParams(params: Record<string, string>, named: { Action?: string; Version?: string }, pairs: Pair[]) {
  for (const [k, v] of pairs) {
    if (k === 'Action' || k === 'Version') named[k] = v;
    else if (k !== 'Format') setParam(params, k, v);
  }
}

function operationParams(all: Map<string, string>, exclude: ReadonlySet<string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [k, v] of all) {
    if (CALL_PARAMS.has(k) || exclude.has(k)) continue;
    setParam(params, k, v);
  }
  return params;
}

function setParam(params: Record<string, string>, k: string, v: string): void {
  // Assignment would set the prototype for `__proto__`, which must stay a parameter.
  if (k === '__proto__')
    Object.defineProperty(params, k, { value: v, enumerable: true, writable: true, configurable: true });
  else params[k] = v;
}

function incomplete(reason: string): ParseResult {
  return {
    ok: false,
    status: 400,
    code: 'IncompleteSignature',
    message: `The request signature does not conform to Aliyun standards. ${reason}.`,
  };
}
