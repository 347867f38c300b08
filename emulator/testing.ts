/**
 * Helpers for the emulator's tests (unit and e2e): a core environment, requests built
 * the way clients send them (unsigned, V3- or V1-signed), and response decoding.
 */
import { randomUUID } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import { readFixture } from '../src/keys/fixtures.ts';
import {
  canonicalQuery,
  rawRequestV1,
  rawRequestV3,
  signRequestV1,
  signRequestV3,
  type RawHttpRequest,
} from '../src/sign/index.ts';
import { defaultSpec } from '../src/spec/load.ts';
import { FAITHFUL } from './core/behaviour.ts';
import { handle } from './core/handle.ts';
import type { CoreEnv, EmulatorState, Outcome } from './core/types.ts';

/** A test credential (not a real secret). */
export const TEST_KEY = { id: 'TESTAKID', secret: 'test-secret-not-real' } as const;
export const VERSION = '2014-05-26';
export const REGION = 'cn-hangzhou';
export const NOW = new Date('2024-05-01T10:00:00Z');

/** Public keys from the ssh-keygen fixtures, by spec id. */
export function fixtureKey(id: string): string {
  return readFixture(`${id}.pub`).trim();
}

/** ssh-keygen's MD5 of the ecdsa-nistp256 fixture. */
export const ECDSA_MD5 = 'cb:bc:ed:7c:63:f0:e3:a6:90:07:4b:c3:0f:88:4a:2d';

/** A core environment with auth off, no faults and a fixed clock. */
export function testEnv(overrides: Partial<CoreEnv> = {}): CoreEnv {
  return {
    now: NOW,
    random: () => 0.999,
    requestId: randomUUID().toUpperCase(),
    hostId: 'ecs.cn-hangzhou.aliyuncs.com',
    spec: defaultSpec(),
    auth: { required: false, accessKeys: {} },
    behaviour: FAITHFUL,
    format: 'json',
    ...overrides,
  };
}

/** An unsigned RPC request: all parameters in the query, as a V1 client without signature sends them. */
export function rpc(action: string, params: Record<string, string>, method: 'GET' | 'POST' = 'POST'): RawHttpRequest {
  const query = canonicalQuery(Object.entries({ Action: action, Version: VERSION, Format: 'JSON', ...params }));
  return { method, url: `/?${query}`, headers: { host: 'localhost' }, body: new Uint8Array(0) };
}

/** Signing options; defaults are TEST_KEY, NOW and a fresh nonce. */
export interface SignOptions {
  id?: string;
  secret?: string;
  date?: Date;
  nonce?: string;
  host?: string;
  /** A security token to send (V1 SecurityToken, V3 x-acs-security-token). */
  securityToken?: string;
}

function iso(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** A V3-signed request, as the official SDK sends it. */
export function signedV3(action: string, params: Record<string, string>, o: SignOptions = {}): RawHttpRequest {
  const signed = signRequestV3({
    host: o.host ?? 'localhost',
    action,
    version: VERSION,
    params,
    accessKeyId: o.id ?? TEST_KEY.id,
    accessKeySecret: o.secret ?? TEST_KEY.secret,
    date: iso(o.date ?? NOW),
    nonce: o.nonce ?? randomUUID(),
    ...(o.securityToken === undefined ? {} : { securityToken: o.securityToken }),
  });
  return rawRequestV3(signed);
}

/** A V1-signed request, as GET query or POST form body. */
export function signedV1(
  action: string,
  params: Record<string, string>,
  o: SignOptions & { method?: 'GET' | 'POST'; format?: string | null } = {},
): RawHttpRequest {
  const method = o.method ?? 'GET';
  const all = signRequestV1({
    method,
    action,
    version: VERSION,
    params,
    accessKeyId: o.id ?? TEST_KEY.id,
    accessKeySecret: o.secret ?? TEST_KEY.secret,
    timestamp: iso(o.date ?? NOW),
    nonce: o.nonce ?? randomUUID(),
    ...(o.format === undefined ? {} : { format: o.format }),
    ...(o.securityToken === undefined ? {} : { securityToken: o.securityToken }),
  });
  return rawRequestV1(all, { method, host: o.host ?? 'localhost' });
}

/** The JSON body of a response. */
export function bodyOf(outcome: Outcome | { response: { body: string } }): Record<string, unknown> {
  return JSON.parse(outcome.response.body) as Record<string, unknown>;
}

/** The error code of a response (undefined for a success). */
export function codeOf(outcome: Outcome): string | undefined {
  return bodyOf(outcome)['Code'] as string | undefined;
}

/** Runs requests one after another through handle(), threading the state. */
export function runAll(
  state: EmulatorState,
  requests: RawHttpRequest[],
  env: Partial<CoreEnv> = {},
): { state: EmulatorState; outcomes: Outcome[] } {
  const outcomes: Outcome[] = [];
  let s = state;
  for (const r of requests) {
    const out = handle(s, r, testEnv(env));
    outcomes.push(out);
    s = out.state;
  }
  return { state: s, outcomes };
}

/** ImportKeyPair parameters with valid defaults. */
export function importParams(overrides: Record<string, string> = {}): Record<string, string> {
  return { RegionId: REGION, KeyPairName: 'kp-test', PublicKeyBody: fixtureKey('ecdsa-nistp256'), ...overrides };
}

/** What a test sees of an HTTP response. */
export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/** Sends a RawHttpRequest to a listening emulator (the Host header is the URL's, so sign with that host). */
export async function send(baseUrl: string, raw: RawHttpRequest, dispatcher?: Dispatcher): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw.headers))
    if (k !== 'host' && v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const res = await request(`${baseUrl}${raw.url}`, {
    method: raw.method as 'GET',
    headers,
    ...(raw.body.length > 0 ? { body: Buffer.from(raw.body) } : {}),
    ...(dispatcher ? { dispatcher } : {}),
  });
  const text = await res.body.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* left empty: callers assert on it */
  }
  return { status: res.statusCode, headers: res.headers, text, json };
}

/** The host:port of a base URL, for signing. */
export function hostOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}
