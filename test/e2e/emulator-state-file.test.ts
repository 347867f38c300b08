import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, test } from 'vitest';
import { generateKey } from '../../src/keys/index.ts';
import { rpc } from '../../emulator/testing.ts';
import { startEmulatorProcess, type EmulatorProcess } from './emulator-process.ts';

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

  test('a corrupt state file stops startup with a message naming the file', async () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, '{"kpcEmulatorState": 1, "regions": ');
    await expect(startEmulatorProcess(['--no-auth', '--state-file', file])).rejects.toThrow(file);
  });
});
