import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, test } from 'vitest';
import { generateKey } from '../../src/keys/index.ts';
import { importParams, rpc, send } from '../../emulator/testing.ts';
import { runKpc, startEmulatorProcess, type EmulatorProcess } from './emulator-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpc-emu-e2e-'));
const agent = new Agent({ connections: 16 });
afterAll(async () => {
  await agent.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importKey(url: string, name: string, publicKey: string, region = 'cn-hangzhou'): Promise<number> {
  const raw = rpc('ImportKeyPair', { RegionId: region, KeyPairName: name, PublicKeyBody: publicKey });
  const r = await request(`${url}${raw.url}`, { method: 'POST', dispatcher: agent });
  await r.body.dump();
  return r.statusCode;
}

async function storedNames(p: EmulatorProcess): Promise<Record<string, string[]>> {
  const r = await request(`${p.url}/__kpc/state`, { dispatcher: agent });
  const state = (await r.body.json()) as { regions: Record<string, { keyPairs: Array<{ name: string }> }> };
  return Object.fromEntries(
    Object.entries(state.regions).map(([region, s]) => [region, s.keyPairs.map((k) => k.name)]),
  );
}

async function stop(p: EmulatorProcess): Promise<void> {
  p.child.kill('SIGTERM');
  await p.exited;
}

describe('kpc emulator --state-file', () => {
  test('a restart keeps every key pair, in every region', async () => {
    const file = join(dir, 'restart.json');
    const key = (await generateKey({ kind: 'ecdsa', curve: 'nistp256' })).publicKey;
    const first = await startEmulatorProcess(['--no-auth', '--state-file', file]);
    for (let i = 0; i < 10; i++)
      expect(await importKey(first.url, `keep-${i}`, key, i % 2 ? 'cn-beijing' : 'cn-hangzhou')).toBe(200);
    const before = await storedNames(first);
    await stop(first);
    const second = await startEmulatorProcess(['--no-auth', '--state-file', file]);
    try {
      expect(await storedNames(second)).toEqual(before);
      expect(before['cn-hangzhou']).toHaveLength(5);
    } finally {
      await stop(second);
    }
  });

  test('kill -9 during a burst of imports loses nothing that was acknowledged', async () => {
    const file = join(dir, 'kill.json');
    const keys = await Promise.all(
      Array.from({ length: 300 }, () => generateKey({ kind: 'ecdsa', curve: 'nistp256' })),
    );
    const p = await startEmulatorProcess(['--no-auth', '--state-file', file]);
    const acknowledged: string[] = [];
    let killed = false;
    const burst = keys.map(async (k, i) => {
      const name = `burst-${i}`;
      try {
        if ((await importKey(p.url, name, k.publicKey)) === 200) acknowledged.push(name);
      } catch {
        /* the connection died with the process: not acknowledged */
      }
      if (!killed && acknowledged.length >= 60) {
        killed = true;
        p.child.kill('SIGKILL');
      }
    });
    await Promise.all(burst);
    expect(await p.exited).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(acknowledged.length).toBeLessThan(keys.length); // the kill did land mid-burst

    const restarted = await startEmulatorProcess(['--no-auth', '--state-file', file]);
    try {
      const names = new Set((await storedNames(restarted))['cn-hangzhou'] ?? []);
      expect(acknowledged.filter((n) => !names.has(n))).toEqual([]);
    } finally {
      await stop(restarted);
    }
  }, 60_000);

  test.for([
    ['corrupt', (d: string) => (writeFileSync(join(d, 'corrupt.json'), '{"regions": '), join(d, 'corrupt.json'))],
    ['in a folder that does not exist', (d: string) => join(d, 'no-such-folder', 'state.json')],
  ] as Array<[string, (d: string) => string]>)(
    'a state file %s: exit 2, one line naming the file',
    async ([, make]) => {
      const file = make(dir);
      const r = await runKpc(['emulator', '--no-auth', '--state-file', file]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(file);
      expect(r.stdout).toBe('');
    },
  );

  test('a port in use: exit 2, one line naming the address', async () => {
    const first = await startEmulatorProcess(['--no-auth']);
    try {
      const port = new URL(first.url).port;
      const r = await runKpc(['emulator', '--no-auth', '--port', port]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}.*in use`));
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => !l.includes('no credentials')),
      ).toHaveLength(1);
    } finally {
      await stop(first);
    }
  });

  test('a write that can no longer be persisted answers 500 and stores nothing', async () => {
    const folder = join(dir, 'gone');
    mkdirSync(folder);
    const p = await startEmulatorProcess(['--no-auth', '--state-file', join(folder, 'state.json')]);
    try {
      rmSync(folder, { recursive: true });
      const r = await send(p.url, rpc('ImportKeyPair', importParams({ KeyPairName: 'kp-unwritten' })));
      expect(r.status).toBe(500);
      expect(Object.values(await storedNames(p)).flat()).toEqual([]);
      expect(p.stderr()).toMatch(/cannot write the state file/);
    } finally {
      await stop(p);
    }
  });
});
