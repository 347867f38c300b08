import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rawRequestV1, rawRequestV3 } from './build-request.ts';
import type { Pair } from './form-decode.ts';
import type { DecodedRequest } from './raw-request.ts';
import { parseRpcRequest, rpcCallOf, type RawHttpRequest } from './rpc-request.ts';
import { signRequestV1 } from './sign-v1.ts';
import { signRequestV3 } from './sign-v3.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const empty = new Uint8Array(0);
const params = { RegionId: 'cn-hangzhou', KeyPairName: 'k1', 'Tag.1.Key': 'a b', 'Tag.1.Value': '中' };

function req(url: string, headers: RawHttpRequest['headers'] = {}, body = empty, method = 'POST'): RawHttpRequest {
  return { method, url, headers: { host: 'h', ...headers }, body };
}

function parsed(raw: RawHttpRequest) {
  const r = parseRpcRequest(raw);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.call;
}

describe('parseRpcRequest: V3', () => {
  const signed = signRequestV3({
    host: 'ecs.cn-hangzhou.aliyuncs.com',
    action: 'ImportKeyPair',
    version: '2014-05-26',
    params,
    accessKeyId: 'AKID',
    accessKeySecret: 'secret',
    securityToken: 'tok',
    date: '2024-01-01T00:00:00Z',
    nonce: 'n1',
  });

  test('takes action and version from headers and params from the query', () => {
    const call = parsed(rawRequestV3(signed));
    expect(call.action).toBe('ImportKeyPair');
    expect(call.version).toBe('2014-05-26');
    expect(call.params).toEqual(params);
  });

  test('reads the credential, signed headers, date, nonce and STS token', () => {
    const call = parsed(rawRequestV3(signed));
    expect(call.auth).toMatchObject({
      scheme: 'v3',
      accessKeyId: 'AKID',
      date: '2024-01-01T00:00:00Z',
      nonce: 'n1',
      securityToken: 'tok',
    });
    expect(call.auth.scheme === 'v3' && call.auth.signedHeaders).toContain('x-acs-security-token');
  });

  test('adds form-body params to query params', () => {
    const call = parsed(
      req(
        '/?RegionId=cn-hangzhou',
        {
          authorization: 'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ab',
          'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
        },
        enc('KeyPairName=k%2B1'),
      ),
    );
    expect(call.params).toEqual({ RegionId: 'cn-hangzhou', KeyPairName: 'k+1' });
  });

  test('ignores a body that is not a form', () => {
    const call = parsed(
      req('/?A=1', { authorization: 'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ab' }, enc('B=2')),
    );
    expect(call.params).toEqual({ A: '1' });
  });

  test('a malformed Authorization header is 400 IncompleteSignature naming the defect', () => {
    const r = parseRpcRequest(req('/', { authorization: 'ACS3-HMAC-SHA256 Credential=id' }));
    expect(r).toMatchObject({ ok: false, status: 400, code: 'IncompleteSignature' });
    expect(r.ok ? '' : r.message).toContain('"SignedHeaders" is missing');
  });

  test('a repeated Authorization header is 400 IncompleteSignature', () => {
    const a = 'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ab';
    expect(parseRpcRequest(req('/', { authorization: [a, a] }))).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
    });
  });
});

describe('parseRpcRequest: V1', () => {
  const v1 = signRequestV1({
    method: 'GET',
    action: 'DescribeKeyPairs',
    version: '2014-05-26',
    params,
    accessKeyId: 'AKID',
    accessKeySecret: 'secret',
    securityToken: 'tok',
    timestamp: '2024-01-01T00:00:00Z',
    nonce: 'n1',
  });

  test.for(['GET', 'POST'] as const)('%s: strips common and signature params from the operation params', (method) => {
    const call = parsed(rawRequestV1(v1, { method, host: 'h' }));
    expect(call.action).toBe('DescribeKeyPairs');
    expect(call.version).toBe('2014-05-26');
    expect(call.params).toEqual(params);
    expect(call.auth).toEqual({
      scheme: 'v1',
      accessKeyId: 'AKID',
      signature: v1['Signature'],
      signatureMethod: 'HMAC-SHA1',
      signatureVersion: '1.0',
      nonce: 'n1',
      timestamp: '2024-01-01T00:00:00Z',
      securityToken: 'tok',
    });
  });

  test('a Signature without AccessKeyId is still V1, with an empty key id for verify to reject', () => {
    const call = parsed(req('/?Action=X&Signature=abc', {}, empty, 'GET'));
    expect(call.auth).toMatchObject({ scheme: 'v1', accessKeyId: '', signature: 'abc' });
  });
});

describe('parseRpcRequest: unsigned and malformed requests', () => {
  test('no Authorization and no Signature is scheme none, action from the query or headers', () => {
    expect(parsed(req('/?Action=A&Version=V&AccessKeyId=x&RegionId=r'))).toEqual({
      action: 'A',
      version: 'V',
      params: { RegionId: 'r' },
      auth: { scheme: 'none' },
    });
    expect(parsed(req('/?RegionId=r', { 'x-acs-action': 'B', 'x-acs-version': 'W' }))).toMatchObject({
      action: 'B',
      version: 'W',
    });
  });

  test("decodes the SDK's bare * ~ ! ' ( ) and + as a space", () => {
    expect(parsed(req("/?K=*~!'()&S=a+b%2Bc")).params).toEqual({ K: "*~!'()", S: 'a b+c' });
  });

  test('keeps a parameter named __proto__ as a parameter', () => {
    const p = parsed(req('/?__proto__=x')).params;
    expect(Object.keys(p)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
  });

  test.for([
    [
      '/?KeyPairName=a%2',
      'The specified parameter "KeyPairName" is not valid: ' +
        'its value in the query string has malformed percent-encoding.',
    ],
    [
      '/?KeyPairName=%C3%28',
      'The specified parameter "KeyPairName" is not valid: ' +
        'its value in the query string has bytes that are not valid UTF-8.',
    ],
    ['/?Key%FFName=a', 'The specified parameter name "Key%FFName" in the query string is not valid: invalid UTF-8.'],
    [
      '/?Key%GName=a',
      'The specified parameter name "Key%GName" in the query string is not valid: malformed percent-encoding.',
    ],
    [
      '/?RegionId=a&RegionId=b',
      'The specified parameter "RegionId" is not valid: it appears more than once in the request.',
    ],
    ['/?=a', 'A parameter in the query string has an empty name.'],
  ] as const)('%s is 400 InvalidParameter with an exact message', ([url, message]) => {
    expect(parseRpcRequest(req(url))).toEqual({ ok: false, status: 400, code: 'InvalidParameter', message });
  });

  test('a name in both the query and the form body is a duplicate', () => {
    const r = parseRpcRequest(
      req('/?RegionId=a', { 'content-type': 'application/x-www-form-urlencoded' }, enc('RegionId=a')),
    );
    expect(r).toMatchObject({ ok: false, code: 'InvalidParameter' });
    expect(r.ok ? '' : r.message).toContain('"RegionId"');
  });

  test('invalid UTF-8 in a form body is rejected', () => {
    const r = parseRpcRequest(
      req('/', { 'content-type': 'application/x-www-form-urlencoded' }, new Uint8Array([0x41, 0x3d, 0xff])),
    );
    expect(r).toMatchObject({ ok: false, code: 'InvalidParameter' });
    expect(r.ok ? '' : r.message).toContain('"A" is not valid: its value in the form body');
  });

  test('reads the query of an absolute-form request target', () => {
    expect(parsed(req('http://h:80/?Action=X&RegionId=r'))).toMatchObject({ action: 'X', params: { RegionId: 'r' } });
  });
});

describe('rpcCallOf: V3 parameters', () => {
  // Names that matter: the call's own, numeric ones (objects order them first), `__proto__`, repeats.
  const name = fc.oneof(
    fc.constantFrom('Action', 'Version', 'Format', 'RegionId', '__proto__', 'constructor', '1', '0', '10', 'Signature'),
    fc.string({ maxLength: 4 }),
  );
  const pairs = fc.array(fc.tuple(name, fc.string({ maxLength: 4 })), { maxLength: 8 });

  test('the parameters, Action and Version are what a Map of query then body pairs gives', () => {
    fc.assert(
      fc.property(pairs, pairs, fc.boolean(), (query: Pair[], body: Pair[], withHeaders) => {
        const headers: Record<string, string> = {
          host: 'h',
          authorization: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=abc',
          ...(withHeaders ? { 'x-acs-action': 'A', 'x-acs-version': 'V' } : {}),
        };
        const req: DecodedRequest = {
          method: 'POST',
          path: '/',
          rawQuery: '',
          query,
          body,
          headers,
          repeatedHeaders: [],
        };
        const r = rpcCallOf(req);
        if (!r.ok) throw new Error(r.message);
        const all = new Map([...query, ...body]);
        const expected: Record<string, string> = {};
        for (const [k, v] of all) {
          if (k === 'Action' || k === 'Version' || k === 'Format') continue;
          Object.defineProperty(expected, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
        expect(Object.entries(r.call.params)).toEqual(Object.entries(expected));
        expect(Object.getPrototypeOf(r.call.params)).toBe(Object.prototype);
        expect(r.call.action).toBe(withHeaders ? 'A' : all.get('Action'));
        expect(r.call.version).toBe(withHeaders ? 'V' : all.get('Version'));
      }),
      { numRuns: 3000 },
    );
  });
});
