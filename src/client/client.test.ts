import { afterEach, describe, expect, test } from 'vitest';
import { signRequestV1 } from '../sign/sign-v1.ts';
import { signRequestV3 } from '../sign/sign-v3.ts';
import { createClient, type ClientOptions, type EcsClient } from './client.ts';
import { curlLine } from './curl.ts';
import type { Exchange } from './exchange.ts';
import { json, startFakeTarget, unusedPort, type FakeTarget, type Responder } from './fake-target.ts';
import { resolveTarget } from './target.ts';

const SECRET = 'CANARY-SECRET-9f3b';
const TOKEN = 'CANARY-STS-TOKEN-7c1d';
const credentials = { accessKeyId: 'LTAI-test-id', accessKeySecret: SECRET };
const DATE = new Date('2024-05-06T07:08:09.123Z');
const fixed = { now: () => DATE, nonce: () => 'nonce-0001' };
const PARAMS = { RegionId: 'cn-hangzhou', KeyPairName: 'key one*' };
const OK = { RequestId: '0E3C4B5A-0000-4000-8000-000000000001', KeyPairName: 'key one*' };

let server: FakeTarget | undefined;
let client: EcsClient | undefined;

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

async function setup(
  respond: Responder,
  options: Partial<ClientOptions> = {},
): Promise<{ server: FakeTarget; client: EcsClient }> {
  server = await startFakeTarget(respond);
  client = createClient({
    target: resolveTarget({ url: server.url, region: 'cn-hangzhou' }),
    credentials,
    ...fixed,
    retry: { sleep: async () => {}, random: () => 0 },
    ...options,
  });
  return { server, client };
}

/** The transport failure a call ended with: it resolves with an exchange that has no response. */
async function fault(p: Promise<Exchange>): Promise<NonNullable<Exchange['error']> & { exchange: Exchange }> {
  const ex = await p;
  expect(ex.response).toBeUndefined();
  expect(ex.error).toBeDefined();
  return { ...ex.error!, exchange: ex };
}

describe('request shape', () => {
  test('V3: POST / with params in the query, empty body, signed x-acs-* headers', async () => {
    const { server, client } = await setup((_r, res) => json(res, 200, OK));
    const ex = await client.call('ImportKeyPair', PARAMS);
    const got = server.received[0];
    const expected = signRequestV3({
      host: client.target.host,
      action: 'ImportKeyPair',
      version: '2014-05-26',
      params: PARAMS,
      ...credentials,
      date: '2024-05-06T07:08:09Z',
      nonce: 'nonce-0001',
    });
    expect(got?.method).toBe('POST');
    expect(got?.url).toBe(`/?${expected.query}`);
    expect(got?.url).toBe('/?KeyPairName=key%20one%2A&RegionId=cn-hangzhou');
    expect(got?.body).toBe('');
    expect(got?.headers['x-acs-action']).toBe('ImportKeyPair');
    expect(got?.headers['x-acs-version']).toBe('2014-05-26');
    expect(got?.headers['x-acs-date']).toBe('2024-05-06T07:08:09Z');
    expect(got?.headers['x-acs-signature-nonce']).toBe('nonce-0001');
    expect(got?.headers['host']).toBe(client.target.host);
    expect(got?.headers['authorization']).toBe(expected.headers['authorization']);
    expect(ex.response?.status).toBe(200);
    expect(ex.response?.body).toEqual(OK);
    expect(ex.attempts).toBe(1);
    expect(ex.params).toEqual(PARAMS);
  });

  test('V1 GET: every parameter, Signature included, in the query', async () => {
    const { server, client } = await setup((_r, res) => json(res, 200, OK), { signature: 'v1' });
    await client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' });
    const got = server.received[0];
    const query = new URL(got?.url ?? '', 'http://x').searchParams;
    const expected = signRequestV1({
      method: 'GET',
      action: 'DescribeKeyPairs',
      version: '2014-05-26',
      params: { RegionId: 'cn-hangzhou' },
      ...credentials,
      timestamp: '2024-05-06T07:08:09Z',
      nonce: 'nonce-0001',
    });
    expect(got?.method).toBe('GET');
    expect(got?.body).toBe('');
    expect(Object.fromEntries(query)).toEqual(expected);
    expect(query.get('SignatureMethod')).toBe('HMAC-SHA1');
  });

  test('V1 POST: a signed form body', async () => {
    const { server, client } = await setup((_r, res) => json(res, 200, OK), { signature: 'v1', v1Method: 'POST' });
    await client.call('ImportKeyPair', PARAMS);
    const got = server.received[0];
    expect(got?.method).toBe('POST');
    expect(got?.url).toBe('/');
    expect(got?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(got?.body ?? ''));
    expect(form['Action']).toBe('ImportKeyPair');
    expect(form['KeyPairName']).toBe('key one*');
    expect(form['Signature']).toBe(
      signRequestV1({
        method: 'POST',
        action: 'ImportKeyPair',
        version: '2014-05-26',
        params: PARAMS,
        ...credentials,
        timestamp: '2024-05-06T07:08:09Z',
        nonce: 'nonce-0001',
      })['Signature'],
    );
  });

  test('resolves with the exchange for an API error and records a non-JSON body as undefined', async () => {
    const { client } = await setup((_r, res, n) => {
      if (n === 1) json(res, 404, { Code: 'InvalidRegionId.NotFound', Message: 'x' });
      else res.writeHead(502).end('<html>bad gateway</html>');
    });
    const notFound = await client.call('DescribeKeyPairs', { RegionId: 'xx-nowhere' });
    expect(notFound.response?.status).toBe(404);
    const html = await client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' });
    expect(html.response?.status).toBe(502);
    expect(html.response?.text).toBe('<html>bad gateway</html>');
    expect(html.response?.body).toBeUndefined();
    expect(html.seq).toBe(2);
  });
});

describe('retries', () => {
  test('retries Throttling.User and succeeds on the second attempt with a fresh nonce', async () => {
    let nonce = 0;
    const { server, client } = await setup(
      (_r, res, n) => (n === 1 ? json(res, 400, { Code: 'Throttling.User', Message: 'x' }) : json(res, 200, OK)),
      { nonce: () => `nonce-${++nonce}` },
    );
    const ex = await client.call('ImportKeyPair', PARAMS);
    expect(ex.attempts).toBe(2);
    expect(ex.response?.status).toBe(200);
    expect(server.received.map((r) => r.headers['x-acs-signature-nonce'])).toEqual(['nonce-1', 'nonce-2']);
  });

  test('waits the x-acs-retry-after milliseconds the server asks for', async () => {
    const sleeps: number[] = [];
    const { client } = await setup(
      (_r, res, n) =>
        n === 1
          ? json(res, 400, { Code: 'Throttling', Message: 'x' }, { 'x-acs-retry-after': '1234' })
          : json(res, 200, OK),
      { retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } },
    );
    const ex = await client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' });
    expect(ex.attempts).toBe(2);
    expect(sleeps).toEqual([1234]);
  });

  const ambiguousWrite =
    'does not repeat an ImportKeyPair whose connection died mid-request: KPC_AMBIGUOUS_WRITE with the exchange';
  test(ambiguousWrite, async () => {
    const { server, client } = await setup((_r, _res, _n, req) => req.socket.destroy());
    const e = await fault(client.call('ImportKeyPair', PARAMS));
    expect(e.code).toBe('KPC_AMBIGUOUS_WRITE');
    expect(server.received).toHaveLength(1);
    expect(e.exchange.action).toBe('ImportKeyPair');
    expect(e.exchange.response).toBeUndefined();
    expect(e.exchange.error?.code).toBe('KPC_AMBIGUOUS_WRITE');
  });

  test('does not repeat a write answered 503 ServiceUnavailable', async () => {
    const { server, client } = await setup((_r, res) => json(res, 503, { Code: 'ServiceUnavailable', Message: 'x' }));
    const ex = await client.call('ImportKeyPair', PARAMS);
    expect(ex.response?.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  test('retries a DescribeKeyPairs read after a connection reset', async () => {
    const { server, client } = await setup((_r, res, n, req) => (n === 1 ? req.socket.destroy() : json(res, 200, OK)));
    const ex = await client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' });
    expect(ex.attempts).toBe(2);
    expect(ex.response?.status).toBe(200);
    expect(server.received).toHaveLength(2);
  });

  test('retries a reset DeleteKeyPairs when the caller marks it idempotent', async () => {
    const { client } = await setup((_r, res, n, req) => (n === 1 ? req.socket.destroy() : json(res, 200, OK)));
    const ex = await client.call('DeleteKeyPairs', { KeyPairNames: '["k"]' }, { idempotent: true });
    expect(ex.attempts).toBe(2);
  });
});

describe('transport faults', () => {
  test('an unreachable port is KPC_TARGET_UNREACHABLE after the allowed attempts', async () => {
    const port = await unusedPort();
    const seen: Exchange[] = [];
    client = createClient({
      target: resolveTarget({ url: `http://127.0.0.1:${port}`, region: 'cn-hangzhou' }),
      credentials,
      retry: { maxAttempts: 2, sleep: async () => {} },
      onExchange: (ex) => void seen.push(ex),
    });
    const e = await fault(client.call('ImportKeyPair', PARAMS));
    expect(e.code).toBe('KPC_TARGET_UNREACHABLE');
    expect(e.exchange.attempts).toBe(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.error?.code).toBe('KPC_TARGET_UNREACHABLE');
  });

  test('a target that never answers a read is KPC_TIMEOUT', async () => {
    const { client } = await setup(() => {}, { timeoutMs: 300 });
    const e = await fault(client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' }));
    expect(e.code).toBe('KPC_TIMEOUT');
    expect(e.exchange.attempts).toBe(1);
  });

  test('a target that never answers a write is KPC_AMBIGUOUS_WRITE', async () => {
    const { client } = await setup(() => {}, { timeoutMs: 300 });
    const e = await fault(client.call('ImportKeyPair', PARAMS));
    expect(e.code).toBe('KPC_AMBIGUOUS_WRITE');
  });
});

describe('abort', () => {
  test('a call aborted by its signal ends with its exchange instead of hanging', async () => {
    const { client } = await setup(() => {});
    const e = await fault(
      client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' }, { signal: AbortSignal.timeout(100) }),
    );
    expect(e.code).toBe('KPC_TIMEOUT');
    expect(e.exchange.action).toBe('DescribeKeyPairs');
  });
});

describe('redaction', () => {
  const canaries = [SECRET, TOKEN];

  test.for(['v3', 'v1'] as const)(
    '%s: no recorded exchange or curl line carries the secret, the STS token or the signature',
    async (signature) => {
      const recorded: Exchange[] = [];
      const signatures: string[] = [];
      const { client } = await setup(
        (r, res, n) => {
          const auth = String(r.headers['authorization'] ?? '');
          const sig =
            /Signature=([0-9a-f]+)/.exec(auth)?.[1] ?? new URL(r.url, 'http://x').searchParams.get('Signature') ?? '';
          signatures.push(sig);
          // A careless server echoing everything back, raw and encoded.
          const echo = `${SECRET} ${TOKEN} ${encodeURIComponent(TOKEN)} ${sig} ${encodeURIComponent(sig)}`;
          if (n === 1) json(res, 400, { Code: 'Throttling.User', Message: echo }, { 'x-echo': sig });
          else if (n === 2) json(res, 400, { Code: 'SignatureDoesNotMatch', Message: echo });
          else res.socket?.destroy();
        },
        {
          signature,
          credentials: { ...credentials, securityToken: TOKEN },
          onExchange: (ex) => void recorded.push(ex),
        },
      );
      const answered = await client.call('DescribeKeyPairs', { RegionId: 'cn-hangzhou' });
      const broken = await fault(client.call('ImportKeyPair', PARAMS));
      expect(answered.attempts).toBe(2);
      expect(recorded).toHaveLength(2);
      expect(signatures.every((s) => s.length >= 20)).toBe(true);
      const outputs = [...recorded, answered, broken.exchange].flatMap((ex) => [JSON.stringify(ex), curlLine(ex)]);
      outputs.push(broken.message);
      for (const out of outputs) {
        for (const leak of [...canaries, ...signatures]) expect(out).not.toContain(leak);
      }
      expect(JSON.stringify(recorded[0])).toContain('<redacted>');
    },
  );
});
