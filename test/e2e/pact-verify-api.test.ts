import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAITHFUL, startEmulator, type RunningEmulator } from '../../emulator/index.ts';
import { DUMMY_CREDENTIALS } from '../../src/client/index.ts';
import { DEFAULT_PACT_FILE } from '../../src/pact/contract.ts';
import { readPact } from '../../src/pact/pact-file.ts';
import { liveRecords, readLedger } from '../../src/engine/index.ts';
import { runKpc } from './emulator-process.ts';

// What a verification does where there is no emulator to help: behind a proxy that hides
// the control endpoints, every state is set up through the API (500 imports for the quota),
// and a key pair that is not the verification's own is never touched.

const ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: '',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
  ALIBABA_CLOUD_SECURITY_TOKEN: '',
  PACT_BROKER_BASE_URL: '',
  PACT_DO_NOT_TRACK: 'true',
};
const TIMEOUT = 240_000;

/** Forwards everything to `origin` except /__kpc/*, so the target looks like a real provider. */
async function hideControl(origin: string): Promise<{ url: string; server: Server }> {
  const to = new URL(origin);
  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/__kpc')) {
      res.writeHead(404).end();
      return;
    }
    const fwd = httpRequest(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let emu: RunningEmulator;
const dirs: string[] = [];
beforeAll(async () => {
  emu = await startEmulator({
    behaviour: FAITHFUL,
    resourceGroups: ['rg-mine'],
    accessKeys: { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret },
  });
});
afterAll(async () => {
  await emu.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function names(): string[] {
  return Object.values(emu.state().regions).flatMap((r) => r.keyPairs.map((k) => k.name));
}

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kpc-pact-api-'));
  dirs.push(d);
  return d;
}

describe('kpc pact verify without the control endpoints', () => {
  test(
    'sets every state up through the API, the quota with --quota-test, and leaves nothing behind',
    { timeout: TIMEOUT },
    async () => {
      const proxy = await hideControl(emu.url);
      try {
        const dir = tempDir();
        const r = await runKpc(
          ['pact', 'verify', '--target', proxy.url, '--quota-test', '--resource-group', 'rg-mine', '--report-dir', dir],
          ENV,
        );
        expect(r.stdout).not.toContain('(reference emulator)');
        expect(r.stdout).toMatch(/\nVERIFIED\n$/);
        expect(r.code).toBe(0);
        // The quota state imported up to 500 key pairs through the API; all of them are gone again.
        expect(r.stdout).toMatch(/cleanup: (5\d\d) key pairs deleted, none left/);
        expect(names()).toEqual([]);
        expect(liveRecords(readLedger(join(dir, 'ledger.jsonl')))).toEqual([]);
      } finally {
        await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
      }
    },
  );

  test(
    'refuses to import over a key pair it did not create, and leaves that key pair alone',
    { timeout: TIMEOUT },
    async () => {
      const interaction = readPact(DEFAULT_PACT_FILE).interactions.find((i) =>
        i.description.startsWith('ikp-name-length/valid-boundary/2-latin:'),
      )!;
      const name = interaction.request.query!['KeyPairName']![0]!;
      const seeded = await fetch(`${emu.url}/__kpc/seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ region: 'cn-hangzhou', keyPairs: [{ name, foreign: true }] }),
      });
      expect(seeded.status).toBe(200);
      try {
        const r = await runKpc(['pact', 'verify', '--target', emu.url, '--report-dir', tempDir()], {
          ...ENV,
          PACT_DESCRIPTION: interaction.description,
        });
        expect(r.stdout).toContain(`refused: key pair ${name} already exists in cn-hangzhou`);
        expect(r.stdout).toMatch(/\nNOT VERIFIED\n$/);
        expect(r.code).toBe(1);
        expect(names()).toEqual([name]);
      } finally {
        await fetch(`${emu.url}/__kpc/reset`, { method: 'POST', body: '{}' });
      }
    },
  );
});
