import { request } from 'undici';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureIo } from '../../src/cli/test-io.ts';
import { importParams, rpc } from '../../emulator/testing.ts';
import { runKpc, startEmulatorProcess } from './emulator-process.ts';

async function get(url: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await request(url);
  return { status: r.statusCode, json: (await r.body.json()) as Record<string, unknown> };
}

describe('kpc emulator (child process)', () => {
  test('prints exactly one line, listening http://127.0.0.1:PORT, serves, and exits 0 on SIGTERM', async () => {
    const p = await startEmulatorProcess(['--port', '0', '--no-auth']);
    expect(p.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await get(`${p.url}/__kpc/health`)).json).toMatchObject({ status: 'ok' });
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe(`listening ${p.url}\n`);
  });

  test('SIGINT stops it cleanly too', async () => {
    const p = await startEmulatorProcess(['--no-auth']);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
  });

  test('with credentials, unsigned requests get IncompleteSignature', async () => {
    const p = await startEmulatorProcess(['--access-key-id', 'AKID', '--access-key-secret', 'not-a-real-secret']);
    try {
      const raw = rpc('DescribeKeyPairs', { RegionId: 'cn-hangzhou' });
      expect((await get(`${p.url}${raw.url}`)).json['Code']).toBe('IncompleteSignature');
      expect(p.stderr()).not.toContain('not-a-real-secret');
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });

  test('with throttle=1 every call gets Throttling.User and the state stays empty', async () => {
    const p = await startEmulatorProcess(['--no-auth', '--fault', 'throttle=1', '--fault-seed', '42']);
    try {
      for (let i = 0; i < 5; i++) {
        const raw = rpc('ImportKeyPair', importParams({ KeyPairName: `t${i}x` }), 'GET');
        expect(await get(`${p.url}${raw.url}`)).toMatchObject({ status: 400, json: { Code: 'Throttling.User' } });
      }
      expect((await get(`${p.url}/__kpc/health`)).json).toMatchObject({ keyPairs: 0 });
      expect(p.stderr()).toContain('seed 42');
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });

  test.for([
    [['--bogus'], '--bogus'],
    [['--port', '70000'], '--port'],
    [['--fault', 'throttle=2'], '--fault'],
    [['--fault', 'explode=1'], '--fault'],
    [['--access-key-id', 'A'], '--access-key-secret'],
    [['--no-auth', '--access-key-id', 'A', '--access-key-secret', 'B'], '--no-auth'],
  ] as Array<[string[], string]>)('%j exits 2 naming %s', async ([args, flag]) => {
    const r = await runKpc(['emulator', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expect(r.stdout).toBe('');
  });
});

describe('kpc emulator in process', () => {
  test('resolves 0 when stopped and reads credentials from the environment when no flag is given', async () => {
    const stop = new AbortController();
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVID', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' };
    const got = captureIo(env, stop.signal);
    const io = { ...got.io, out: (s: string) => (got.io.out(s), stop.abort()) };
    expect(await main(['emulator', '--port', '0'], io)).toBe(0);
    expect(got.out().trim().split('\n')).toHaveLength(1);
    expect(got.err()).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(got.err()).not.toContain('env-secret');
  });
});
