/**
 * Shared fixtures for the verification tests: signed V1/V3 requests with a fixed clock,
 * and `check`, which parses then verifies as the emulator does. Test support only.
 */
import { rawRequestV1, rawRequestV3 } from './build-request.ts';
import { parseRpcRequest, type RawHttpRequest } from './rpc-request.ts';
import { signRequestV1 } from './sign-v1.ts';
import { signRequestV3 } from './sign-v3.ts';
import { verifyRequest, type VerifyEnv, type VerifyResult } from './verify.ts';

export const NOW = new Date('2024-05-01T12:00:00Z');
export const SECRET = 'test-secret-1';
export const HOST = 'ecs.cn-hangzhou.aliyuncs.com';
export const enc = (s: string) => new TextEncoder().encode(s);
/** `YYYY-MM-DDThh:mm:ssZ`, `minutes` away from NOW. */
export const stamp = (minutes: number) =>
  new Date(NOW.getTime() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const PARAMS = {
  RegionId: 'cn-hangzhou',
  KeyPairName: 'k1',
  PublicKeyBody: 'ssh-rsa AAAA+/b= me@host',
  'Tag.1.Key': "*~!'()",
  'Tag.1.Value': '中文',
};

/** A verify environment at NOW that knows only AKID and has seen no nonce. */
export function env(over: Partial<VerifyEnv> = {}): VerifyEnv {
  return {
    now: NOW,
    lookupSecret: (id) => (id === 'AKID' ? SECRET : undefined),
    nonceSeen: () => false,
    ...over,
  };
}

/** Parses then verifies, as the emulator does. */
export function check(raw: RawHttpRequest, e: VerifyEnv = env()): VerifyResult {
  const parsed = parseRpcRequest(raw);
  if (!parsed.ok) return parsed;
  return verifyRequest(raw, parsed.call, e);
}

/** The same one-character change everywhere: a value's last character replaced. */
export const tamper = (s: string) => s.slice(0, -1) + (s.endsWith('x') ? 'y' : 'x');

export interface V1Opts {
  method?: 'GET' | 'POST';
  minutes?: number;
  secret?: string;
  token?: string;
  params?: Record<string, string>;
}
/** A V1-signed parameter set for ImportKeyPair with PARAMS. */
export function v1Params(o: V1Opts = {}) {
  return signRequestV1({
    method: o.method ?? 'GET',
    action: 'ImportKeyPair',
    version: '2014-05-26',
    params: o.params ?? PARAMS,
    accessKeyId: 'AKID',
    accessKeySecret: o.secret ?? SECRET,
    ...(o.token === undefined ? {} : { securityToken: o.token }),
    timestamp: stamp(o.minutes ?? 0),
    nonce: 'nonce-v1',
  });
}
/** A V1-signed ImportKeyPair as the server receives it. */
export const v1 = (o: V1Opts = {}) => rawRequestV1(v1Params(o), { method: o.method ?? 'GET', host: HOST });

export interface V3Opts {
  minutes?: number;
  secret?: string;
  token?: string;
  body?: Uint8Array;
  contentType?: string;
  params?: Record<string, string>;
}
/** A V3-signed ImportKeyPair with PARAMS in the query. */
export function v3Signed(o: V3Opts = {}) {
  return signRequestV3({
    host: HOST,
    action: 'ImportKeyPair',
    version: '2014-05-26',
    params: o.params ?? PARAMS,
    accessKeyId: 'AKID',
    accessKeySecret: o.secret ?? SECRET,
    ...(o.token === undefined ? {} : { securityToken: o.token }),
    ...(o.body === undefined ? {} : { body: o.body }),
    ...(o.contentType === undefined ? {} : { contentType: o.contentType }),
    date: stamp(o.minutes ?? 0),
    nonce: 'nonce-v3',
  });
}
/** A V3-signed ImportKeyPair as the server receives it. */
export const v3 = (o: V3Opts = {}) => rawRequestV3(v3Signed(o), o.body);
