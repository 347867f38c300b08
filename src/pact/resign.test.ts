import { describe, expect, test } from 'vitest';
import { DUMMY_CREDENTIALS } from '../client/index.ts';
import { parseRpcRequest, verifyRequest } from '../sign/index.ts';
import { mapParams, queryParams, resign, type ResignOptions } from './resign.ts';

const NOW = new Date('2024-05-01T10:00:00Z');
const options: ResignOptions = {
  host: '127.0.0.1:8080',
  credentials: DUMMY_CREDENTIALS,
  now: () => NOW,
  nonce: () => 'nonce-1',
  regions: new Map([['cn-hangzhou', 'cn-shanghai']]),
  resourceGroups: new Map([['rg-contract', 'rg-mine']]),
};

// What Pact's verifier sends: form-style query (+ for space), the contract's example signature.
const replayed = {
  url:
    '/?KeyPairName=k+1&PublicKeyBody=ssh-rsa+AAAA%2Bb%2F%3D&RegionId=cn-hangzhou' +
    '&ResourceGroupId=rg-contract&Tag.1.Key=a*~',
  headers: {
    'x-acs-action': 'ImportKeyPair',
    'x-acs-version': '2014-05-26',
    authorization: 'ACS3-HMAC-SHA256 Credential=x,SignedHeaders=host,Signature=00',
    'x-acs-date': '2024-01-01T00:00:00Z',
    accept: '*/*',
    host: '127.0.0.1:5555',
  },
};

describe('resign', () => {
  test('produces a request the V3 verifier accepts, with a fresh date and nonce', () => {
    const r = resign(replayed, options);
    const raw = { method: 'POST', url: r.url, headers: r.headers, body: new Uint8Array(0) };
    const parsed = parseRpcRequest(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const verdict = verifyRequest(raw, parsed.call, {
      now: NOW,
      lookupSecret: (id) => (id === DUMMY_CREDENTIALS.accessKeyId ? DUMMY_CREDENTIALS.accessKeySecret : undefined),
      nonceSeen: () => false,
    });
    expect(verdict).toMatchObject({ ok: true, nonce: 'nonce-1' });
    expect(r.headers['x-acs-date']).toBe('2024-05-01T10:00:00Z');
    expect(r.headers['host']).toBe('127.0.0.1:8080');
  });

  test('decodes the form-style query and maps region and resource group', () => {
    const r = resign(replayed, options);
    expect(r.params).toEqual({
      KeyPairName: 'k 1',
      PublicKeyBody: 'ssh-rsa AAAA+b/=',
      RegionId: 'cn-shanghai',
      ResourceGroupId: 'rg-mine',
      'Tag.1.Key': 'a*~',
    });
    expect(r.action).toBe('ImportKeyPair');
  });

  test("drops the contract's example signature and keeps unrelated headers", () => {
    const r = resign(replayed, options);
    expect(r.headers['authorization']).not.toContain('Signature=00');
    expect(r.headers['accept']).toBe('*/*');
  });

  test('refuses a request without an action header', () => {
    expect(() => resign({ url: '/?A=1', headers: {} }, options)).toThrow(/x-acs-action/);
  });
});

describe('mapParams and queryParams', () => {
  test('leave values the maps do not name unchanged', () => {
    expect(mapParams({ RegionId: 'xx-kpc-nowhere-1', KeyPairName: 'cn-hangzhou' }, options)).toEqual({
      RegionId: 'xx-kpc-nowhere-1',
      KeyPairName: 'cn-hangzhou',
    });
  });

  test('keep empty values', () => {
    expect(queryParams('/?RegionId=&A=%E4%B8%AD')).toEqual({ RegionId: '', A: '中' });
  });
});
