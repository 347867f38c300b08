/**
 * Interop with the official SDK (@alicloud/ecs20140526 on @alicloud/openapi-core): a
 * loopback server captures the SDK's real requests, which must parse to exactly the
 * params the SDK was given and verify. The SDK signs V3 by default and V1 (HMAC-SHA1)
 * with `signatureAlgorithm: 'v2'` (openapi-core's callApi → doRPCRequest).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canonicalQuery } from './percent-encode.ts';
import { parseRpcRequest, type RawHttpRequest, type RpcCall } from './rpc-request.ts';
import { verifyRequest, type VerifyEnv, type VerifyResult } from './verify.ts';

// vitest hands over the CJS default export itself; plain Node ESM hands over
// module.exports, whose `default` is the class. Accept both.
type EcsCtor = typeof Ecs.default;
const EcsClient: EcsCtor = (Ecs as { default?: EcsCtor }).default ?? (Ecs as unknown as EcsCtor);

const AKID = 'LTAI-interop-test';
const SECRET = 'interop-secret-not-real';
const REPLY = '{"RequestId":"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E","KeyPairName":"k","KeyPairFingerPrint":"x"}';
const PUBLIC_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC+/x9= user@host';
const IMPORT_PARAMS = {
  RegionId: 'cn-hangzhou',
  KeyPairName: 'interop-key',
  PublicKeyBody: PUBLIC_KEY,
  'Tag.1.Key': "k*~!'()",
  'Tag.1.Value': 'v 中',
  'Tag.2.Key': 'plain',
  'Tag.2.Value': '+/=&%',
};

let server: Server;
let port = 0;
const captured: RawHttpRequest[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      captured.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: { ...req.headers },
        body: new Uint8Array(Buffer.concat(chunks)),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(REPLY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client(mode: 'v3' | 'v1', securityToken?: string) {
  return new EcsClient(
    new $OpenApi.Config({
      accessKeyId: AKID,
      accessKeySecret: SECRET,
      ...(securityToken === undefined ? {} : { securityToken }),
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
      ...(mode === 'v1' ? { signatureAlgorithm: 'v2' } : {}),
    }),
  );
}

/** Runs one SDK call and returns the single request the server saw. */
async function capture(call: () => Promise<unknown>): Promise<RawHttpRequest> {
  const before = captured.length;
  await call();
  expect(captured.length).toBe(before + 1);
  return captured[before]!;
}

function env(over: Partial<VerifyEnv> = {}): VerifyEnv {
  // The SDK stamps requests with the real clock, so verify against it.
  return { now: new Date(), lookupSecret: (id) => (id === AKID ? SECRET : undefined), nonceSeen: () => false, ...over };
}

function parse(raw: RawHttpRequest): RpcCall {
  const r = parseRpcRequest(raw);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.call;
}

function check(raw: RawHttpRequest): VerifyResult {
  const r = parseRpcRequest(raw);
  return r.ok ? verifyRequest(raw, r.call, env()) : r;
}

/** Replaces one character of the raw query or body: a one-byte tamper of the wire. */
function tamperWire(raw: RawHttpRequest, from: string, to: string): RawHttpRequest {
  if (raw.url.includes(from)) return { ...raw, url: raw.url.replace(from, to) };
  const body = Buffer.from(raw.body).toString('latin1');
  expect(body).toContain(from);
  return { ...raw, body: new Uint8Array(Buffer.from(body.replace(from, to), 'latin1')) };
}

const importRequest = () =>
  new $Ecs.ImportKeyPairRequest({
    regionId: 'cn-hangzhou',
    keyPairName: 'interop-key',
    publicKeyBody: PUBLIC_KEY,
    tag: [
      new $Ecs.ImportKeyPairRequestTag({ key: "k*~!'()", value: 'v 中' }),
      new $Ecs.ImportKeyPairRequestTag({ key: 'plain', value: '+/=&%' }),
    ],
  });

describe.for(['v3', 'v1'] as const)('official SDK, %s signing', (mode) => {
  test('ImportKeyPair parses to exactly the given params and verifies', async () => {
    const raw = await capture(() => client(mode).importKeyPair(importRequest()));
    // The SDK (node:querystring) really leaves * ~ ! ( ) bare on the wire, so the
    // decode-and-re-encode path is exercised.
    expect(raw.url).toContain('k*~!%27()');
    const call = parse(raw);
    expect(call.action).toBe('ImportKeyPair');
    expect(call.version).toBe('2014-05-26');
    expect(call.params).toEqual(IMPORT_PARAMS);
    expect(call.auth.scheme).toBe(mode);
    expect(verifyRequest(raw, call, env())).toEqual({ ok: true, accessKeyId: AKID, nonce: expect.any(String) });
  });

  test('a one-byte tamper of a captured ImportKeyPair value is SignatureDoesNotMatch', async () => {
    const raw = await capture(() => client(mode).importKeyPair(importRequest()));
    const tampered = tamperWire(raw, 'interop-key', 'interop-kez');
    expect(check(tampered)).toMatchObject({ ok: false, status: 400, code: 'SignatureDoesNotMatch' });
  });

  test('a captured request replayed against a wrong secret is SignatureDoesNotMatch', async () => {
    const raw = await capture(() => client(mode).importKeyPair(importRequest()));
    const r = verifyRequest(raw, parse(raw), env({ lookupSecret: () => 'other-secret' }));
    expect(r).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  test('an STS token is carried, parsed and signed', async () => {
    const raw = await capture(() => client(mode, 'sts-token-value').importKeyPair(importRequest()));
    const call = parse(raw);
    expect(call.auth).toMatchObject({ scheme: mode, securityToken: 'sts-token-value' });
    expect(call.params).toEqual(IMPORT_PARAMS);
    expect(verifyRequest(raw, call, env())).toMatchObject({ ok: true });
    // V3 carries the token in a signed header, V1 as a signed parameter.
    const tampered =
      mode === 'v3'
        ? { ...raw, headers: { ...raw.headers, 'x-acs-security-token': 'sts-token-valuf' } }
        : tamperWire(raw, 'sts-token-value', 'sts-token-valuf');
    expect(check(tampered)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  test('DescribeKeyPairs parses and verifies', async () => {
    const request = new $Ecs.DescribeKeyPairsRequest({
      regionId: 'cn-hangzhou',
      keyPairName: 'interop*',
      pageNumber: 1,
      pageSize: 50,
      includePublicKey: true,
      tag: [new $Ecs.DescribeKeyPairsRequestTag({ key: 'plain', value: '+/=&%' })],
    });
    const raw = await capture(() => client(mode).describeKeyPairs(request));
    const call = parse(raw);
    expect(call.action).toBe('DescribeKeyPairs');
    expect(call.params).toEqual({
      RegionId: 'cn-hangzhou',
      KeyPairName: 'interop*',
      PageNumber: '1',
      PageSize: '50',
      IncludePublicKey: 'true',
      'Tag.1.Key': 'plain',
      'Tag.1.Value': '+/=&%',
    });
    expect(verifyRequest(raw, call, env())).toMatchObject({ ok: true });
  });

  test('DeleteKeyPairs parses its JSON-array parameter and verifies', async () => {
    const names = JSON.stringify(['interop-key', '密钥']);
    const request = new $Ecs.DeleteKeyPairsRequest({ regionId: 'cn-hangzhou', keyPairNames: names });
    const raw = await capture(() => client(mode).deleteKeyPairs(request));
    const call = parse(raw);
    expect(call.action).toBe('DeleteKeyPairs');
    expect(call.params).toEqual({ RegionId: 'cn-hangzhou', KeyPairNames: names });
    expect(verifyRequest(raw, call, env())).toMatchObject({ ok: true });
    expect(check(tamperWire(raw, 'cn-hangzhou', 'cn-hangzhoy'))).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
  });
});

test('the V3 SDK signs x-acs-credentials-provider, and verification follows its SignedHeaders', async () => {
  const raw = await capture(() => client('v3').importKeyPair(importRequest()));
  const call = parse(raw);
  expect(call.auth.scheme === 'v3' ? call.auth.signedHeaders : []).toContain('x-acs-credentials-provider');
  const tampered = { ...raw, headers: { ...raw.headers, 'x-acs-credentials-provider': 'forged' } };
  expect(check(tampered)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
});

test('the V1 SDK sends its operation params in the query of a POST and our canonical form agrees', async () => {
  const raw = await capture(() => client('v1').importKeyPair(importRequest()));
  expect(raw.method).toBe('POST');
  const call = parse(raw);
  // Re-encoding the decoded params per RFC 3986 must be what the SDK signed.
  expect(canonicalQuery(Object.entries(call.params))).toContain('Tag.1.Key=k%2A~%21%27%28%29');
  expect(check(raw)).toMatchObject({ ok: true });
});
