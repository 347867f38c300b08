import { connect } from 'node:net';
import { readBody } from '../src/client/body.ts';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateKey } from '../src/keys/index.ts';
import { startEmulator, type RunningEmulator } from './server.ts';
import { ECDSA_MD5, REGION, TEST_KEY, hostOf, importParams, rpc, send, signedV3 } from './testing.ts';
import { regionOf } from './core/state.ts';

const agent = new Agent({ connections: null, pipelining: 0 });
afterAll(() => agent.close());

describe('HTTP shell with authentication on', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ accessKeys: { [TEST_KEY.id]: TEST_KEY.secret } });
  });
  afterAll(() => emu.close());
  const signed = (action: string, params: Record<string, string>) =>
    signedV3(action, params, { host: hostOf(emu.url), date: new Date() });

  test('listens on loopback and answers a signed import with JSON', async () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await send(emu.url, signed('ImportKeyPair', importParams({ KeyPairName: 'http-1' })), agent);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(r.json).toMatchObject({
      KeyPairName: 'http-1',
      KeyPairFingerPrint: ECDSA_MD5,
      RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
    });
  });

  /** Sends a signed DescribeKeyPairs with its header lines as `lines` writes them; the whole answer. */
  function exchange(lines: (headers: Record<string, string>) => string[]): Promise<string> {
    const raw = signed('DescribeKeyPairs', { RegionId: REGION });
    const head = lines(Object.fromEntries(Object.entries(raw.headers).map(([k, v]) => [k, String(v)])));
    return new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(emu.url).port), '127.0.0.1');
      let got = '';
      socket.on('data', (d) => (got += d.toString()));
      socket.on('end', () => resolve(got));
      socket.on('error', reject);
      socket.end(`${raw.method} ${raw.url} HTTP/1.1\r\n${head.join('\r\n')}\r\nconnection: close\r\n\r\n`);
    });
  }

  test('a signed request with its Authorization header sent twice is IncompleteSignature', async () => {
    const text = await exchange((h) =>
      Object.entries(h).flatMap(([k, v]) => (k === 'authorization' ? [v, v] : [v]).map((x) => `${k}: ${x}`)),
    );
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toContain('"Code":"IncompleteSignature"');
    expect(text).toContain('appears more than once');
  });

  test('header names are read in any case, and a __proto__ header is no header of the request', async () => {
    const upper = (k: string): string =>
      k.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
    const text = await exchange((h) => [...Object.entries(h).map(([k, v]) => `${upper(k)}: ${v}`), '__proto__: x']);
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
  });

  test('an unsigned request is IncompleteSignature', async () => {
    const r = await send(emu.url, rpc('DescribeKeyPairs', { RegionId: REGION }), agent);
    expect([r.status, r.json['Code']]).toEqual([400, 'IncompleteSignature']);
  });

  test('a body over 1 MiB gets a JSON 413, and the server keeps serving', async () => {
    const raw = { ...rpc('DescribeKeyPairs', { RegionId: REGION }), body: new Uint8Array(2 * 1024 * 1024 + 7) };
    const r = await send(emu.url, raw, agent);
    expect(r.status).toBe(413);
    expect(r.json).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringContaining('exceeds') });
    expect(
      (await send(emu.url, { method: 'GET', url: '/__kpc/health', headers: {}, body: new Uint8Array(0) }, agent))
        .status,
    ).toBe(200);
  });

  test('bytes that are not HTTP get a 400 error in the default form, XML', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(emu.port, '127.0.0.1', () => socket.write('\x00\x01garbage\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    const read = readBody(text.slice(text.indexOf('\r\n\r\n') + 4));
    expect(read).toMatchObject({ format: 'xml', root: 'Error', body: { Code: 'InvalidParameter' } });
  });

  test('64 concurrent imports of one name: exactly one succeeds, the others get KeyPair.AlreadyExist', async () => {
    const results = await Promise.all(
      Array.from({ length: 64 }, () =>
        send(
          emu.url,
          signed('ImportKeyPair', importParams({ KeyPairName: 'race-one', RegionId: 'cn-shanghai' })),
          agent,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.json['Code'] === 'KeyPair.AlreadyExist')).toHaveLength(63);
    expect(regionOf(emu.state(), 'cn-shanghai').keyPairs.map((k) => k.name)).toEqual(['race-one']);
  });

  const quotaRace =
    '600 concurrent distinct imports into an empty region: exactly 500 succeed, 100 get 403 QuotaExceed.KeyPair';
  test(
    quotaRace,
    async () => {
      const keys = await Promise.all(
        Array.from({ length: 600 }, () => generateKey({ kind: 'ecdsa', curve: 'nistp256' })),
      );
      const requests = keys.map((k, i) =>
        signed('ImportKeyPair', { RegionId: 'eu-west-1', KeyPairName: `quota-${i}`, PublicKeyBody: k.publicKey }),
      );
      const results = await Promise.all(requests.map((raw) => send(emu.url, raw, agent)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(500);
      const refused = results.filter((r) => r.status !== 200);
      expect(refused.map((r) => `${r.status} ${String(r.json['Code'])}`)).toEqual(
        Array(100).fill('403 QuotaExceed.KeyPair'),
      );
      expect(regionOf(emu.state(), 'eu-west-1').keyPairs).toHaveLength(500);
    },
    60_000,
  );
});

describe('HTTP shell faults', () => {
  test('reset=1 drops every connection without an answer and changes nothing', async () => {
    const emu = await startEmulator({ faults: { reset: 1, seed: 1 } });
    try {
      await expect(send(emu.url, rpc('ImportKeyPair', importParams()), agent)).rejects.toThrow();
      expect(emu.state().regions).toEqual({});
      // Control requests are never faulted.
      expect(
        (await send(emu.url, { method: 'GET', url: '/__kpc/health', headers: {}, body: new Uint8Array(0) }, agent))
          .status,
      ).toBe(200);
    } finally {
      await emu.close();
    }
  });

  test('latency delays but still answers', async () => {
    const emu = await startEmulator({ faults: { latencyMs: 20 } });
    try {
      expect((await send(emu.url, rpc('ImportKeyPair', importParams()), agent)).status).toBe(200);
    } finally {
      await emu.close();
    }
  });
});
