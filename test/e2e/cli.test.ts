import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { runKpc } from './emulator-process.ts';

// The kpc command as a new user meets it: help, version, and clear errors for bad input.

describe('kpc', () => {
  test('--help lists every command and the first thing to run', async () => {
    const out = await runKpc(['--help']);
    expect(out.code).toBe(0);
    for (const c of ['run', 'emulator', 'generate', 'sweep', 'diff', 'record', 'pact', 'selfcheck'])
      expect(out.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(out.stdout).toContain('kpc run');
  });

  test('--version prints the package version', async () => {
    const out = await runKpc(['--version']);
    expect(out.code).toBe(0);
    expect(out.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('an unknown command exits 2 and names it', async () => {
    const out = await runKpc(['frobnicate']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
  });

  test('kpc run --help documents the flags and exit codes', async () => {
    const out = await runKpc(['run', '--help']);
    expect(out.code).toBe(0);
    for (const f of [
      '--target',
      '--region',
      '--second-region',
      '--resource-group',
      '--quota-test',
      '--signature',
      '--concurrency',
      '--report-dir',
      '--only',
      '--shard',
    ])
      expect(out.stdout).toContain(f);
    expect(out.stdout).toContain('Exit codes');
  });

  test.for([
    [['run', '--bogus'], "'--bogus'"],
    [['run', '--concurrency', 'many'], '--concurrency'],
    [['run', '--signature', 'v9'], '--signature'],
    [['run', '--shard', '4/3'], '--shard'],
    [['run', '--target', 'ftp://x'], 'http'],
    [['run', 'extra'], 'unexpected argument'],
    [['sweep'], '--target'],
    [['sweep', '--target', 'http://127.0.0.1:1', '--older-than', 'soon'], '--older-than'],
  ] as const)('kpc %j exits 2 naming the problem', async ([args, needle]) => {
    const out = await runKpc([...args]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(needle);
  });

  test('an unreachable target stops the run before anything is sent (exit 2), naming it', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const out = await runKpc([
      'run',
      '--target',
      `http://127.0.0.1:${port}`,
      '--report-dir',
      `/tmp/kpc-unreach-${port}`,
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unreachable');
    expect(out.stderr).toContain(`127.0.0.1:${port}`);
  }, 60_000);
});
