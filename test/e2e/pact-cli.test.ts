import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PACT_FILE } from '../../src/pact/contract.ts';
import { runKpc } from './emulator-process.ts';

// Argument checking of `kpc pact` (no broker is reachable here), and publishing to a fake
// broker on loopback to see what a real one would receive.

const CLEAN = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: '',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
  PACT_BROKER_BASE_URL: '',
  PACT_BROKER_TOKEN: '',
  PACT_BROKER_USERNAME: '',
  PACT_BROKER_PASSWORD: '',
};

describe('kpc pact usage errors exit 2 with a message naming what is missing', () => {
  test.for([
    {
      name: 'verify --publish without PACT_BROKER_BASE_URL',
      args: ['verify', '--target', 'http://127.0.0.1:9', '--publish', '--provider-version', '1'],
      env: {},
      message: 'PACT_BROKER_BASE_URL',
    },
    {
      name: 'verify --publish without --provider-version',
      args: ['verify', '--target', 'http://127.0.0.1:9', '--publish'],
      env: { PACT_BROKER_BASE_URL: 'http://127.0.0.1:9' },
      message: '--provider-version',
    },
    {
      name: 'verify --publish with --pact',
      args: ['verify', '--target', 'http://127.0.0.1:9', '--publish', '--provider-version', '1', '--pact', 'x.json'],
      env: { PACT_BROKER_BASE_URL: 'http://127.0.0.1:9' },
      message: 'leave out --pact',
    },
    {
      name: 'verify --branch without --publish',
      args: ['verify', '--target', 'http://127.0.0.1:9', '--branch', 'main'],
      env: {},
      message: 'go with --publish',
    },
    { name: 'verify without --target', args: ['verify'], env: {}, message: '--target is required' },
    {
      name: 'verify with an unknown log level',
      args: ['verify', '--target', 'http://127.0.0.1:9', '--log-level', 'loud'],
      env: {},
      message: '--log-level',
    },
    {
      name: 'publish without PACT_BROKER_BASE_URL',
      args: ['publish', '--consumer-version', '1'],
      env: {},
      message: 'PACT_BROKER_BASE_URL',
    },
    {
      name: 'publish without --consumer-version',
      args: ['publish'],
      env: { PACT_BROKER_BASE_URL: 'http://127.0.0.1:9' },
      message: '--consumer-version',
    },
    { name: 'an unknown subcommand', args: ['frobnicate'], env: {}, message: 'unknown subcommand' },
  ])('kpc pact $name', async ({ args, env, message }) => {
    const r = await runKpc(['pact', ...args], { ...CLEAN, ...env });
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(2);
  });

  test('refuses to fill a region of a target off this machine without --quota-test', async () => {
    // A documentation address: nothing is sent before the refusal.
    const creds = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-x', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-a-secret' };
    const r = await runKpc(['pact', 'verify', '--target', 'http://192.0.2.1:9'], { ...CLEAN, ...creds });
    expect(r.stderr).toContain('--quota-test');
    expect(r.code).toBe(2);
  });

  const loopbackQuota =
    'treats a loopback target as kpc run does: the quota test is on, so only --resource-group is asked for';
  test(loopbackQuota, async () => {
    // Port 9 (discard) has no emulator: the resource group cannot be made there.
    const r = await runKpc(['pact', 'verify', '--target', 'http://127.0.0.1:9'], CLEAN);
    expect(r.stderr).toContain('--resource-group');
    expect(r.code).toBe(2);
  });
});

describe('kpc pact publish', () => {
  test('posts the committed pact to the broker publish endpoint with the token and versions', async () => {
    const seen: Array<{ method: string; url: string; auth: string | undefined; body: string }> = [];
    const broker = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/hal+json' });
        res.end(JSON.stringify({ logs: [{ level: 'info', message: 'Pact published' }] }));
      });
    });
    await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(broker.address() as AddressInfo).port}`;
      const r = await runKpc(['pact', 'publish', '--consumer-version', 'abc123', '--branch', 'main', '--tag', 'dev'], {
        ...CLEAN,
        PACT_BROKER_BASE_URL: url,
        PACT_BROKER_TOKEN: 'tok-not-real',
      });
      expect(r.stdout).toContain('Pact published');
      expect(r.stdout).not.toContain('tok-not-real');
      expect(r.code).toBe(0);
      expect(seen).toHaveLength(1);
      const [req] = seen;
      expect(req).toMatchObject({ method: 'POST', url: '/contracts/publish', auth: 'Bearer tok-not-real' });
      const body = JSON.parse(req!.body) as {
        pacticipantName: string;
        pacticipantVersionNumber: string;
        branch: string;
        tags: string[];
        contracts: Array<{ providerName: string; content: string }>;
      };
      expect(body).toMatchObject({
        pacticipantName: 'ecs-keypair-client',
        pacticipantVersionNumber: 'abc123',
        branch: 'main',
        tags: ['dev'],
      });
      expect(body.contracts[0]!.providerName).toBe('ecs-keypair-api');
      expect(Buffer.from(body.contracts[0]!.content, 'base64').toString('utf8')).toBe(
        readFileSync(DEFAULT_PACT_FILE, 'utf8'),
      );
    } finally {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    }
  });

  test('exits 2 and says so when the broker refuses', async () => {
    const broker = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"unauthorised"}');
    });
    await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(broker.address() as AddressInfo).port}`;
      const r = await runKpc(['pact', 'publish', '--consumer-version', '1'], { ...CLEAN, PACT_BROKER_BASE_URL: url });
      expect(r.stderr).toContain('answered 401');
      expect(r.code).toBe(2);
    } finally {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    }
  });
});
