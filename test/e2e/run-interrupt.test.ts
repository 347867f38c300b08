import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startEmulator } from '../../emulator/index.ts';
import { DUMMY_CREDENTIALS } from '../../src/client/index.ts';
import { runKpc } from './emulator-process.ts';

// Nothing is left behind in an account: not after Ctrl-C, and not after a crash
// (`kpc sweep` removes what the ledger lists, and only that).

const KPC = fileURLToPath(new URL('../../bin/kpc.js', import.meta.url));
const keys = { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret };
const names = (state: { regions: Record<string, { keyPairs: ReadonlyArray<{ name: string }> }> }): string[] =>
  Object.values(state.regions).flatMap((r) => r.keyPairs.map((k) => k.name));

describe('interrupting a run', () => {
  test('Ctrl-C (SIGINT to the process group) mid-run still tears down everything the run created', async () => {
    const emu = await startEmulator({ accessKeys: keys, resourceGroups: ['rg-int0001'], faults: { latencyMs: 40 } });
    try {
      await fetch(`${emu.url}/__kpc/seed`, {
        method: 'POST',
        body: JSON.stringify({ region: 'cn-hangzhou', keyPairs: [{ name: 'mine', foreign: true }] }),
      });
      const dir = mkdtempSync(join(tmpdir(), 'kpc-int-'));
      const child = spawn(process.execPath, [KPC, 'run', '--target', emu.url, '--quota-test', '--report-dir', dir], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: 'true' },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const exited = new Promise<number | string>((r) => child.on('exit', (c, s) => r(c ?? s ?? -1)));
      // Wait until the run has created a few key pairs, then press Ctrl-C.
      for (let i = 0; i < 400 && names(emu.state()).length <= 5; i++) await new Promise((r) => setTimeout(r, 50));
      expect(names(emu.state()).length).toBeGreaterThan(1);
      process.kill(-child.pid!, 'SIGINT');
      const code = await exited;
      expect(code, output).toBe(130);
      expect(names(emu.state())).toEqual(['mine']);
      expect(output).toMatch(/resources: \d+ created, \d+ deleted, 0 leaked/);
      expect(output).toContain('INTERRUPTED: the run was stopped');
      expect(output).not.toContain('target errors');
      // Cases that never ran cannot have passed: an interrupted run is never conformant.
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
        verdict: string;
        cases: Array<{ reason?: string }>;
      };
      expect(report.verdict).toBe('inconclusive');
      expect(report.cases.some((c) => c.reason?.includes('interrupted'))).toBe(true);
    } finally {
      await emu.close();
    }
  }, 120_000);
});

describe('kpc sweep', () => {
  test("deletes what a crashed run's ledger lists, and nothing else", async () => {
    const emu = await startEmulator({ accessKeys: keys });
    try {
      const seed = (name: string): Promise<Response> =>
        fetch(`${emu.url}/__kpc/seed`, {
          method: 'POST',
          body: JSON.stringify({ region: 'cn-hangzhou', keyPairs: [{ name }] }),
        });
      for (const n of ['kpcleftover0001a', 'kpcleftover0001b', 'users-own-key']) await seed(n);
      const dir = mkdtempSync(join(tmpdir(), 'kpc-sweep-'));
      const at = new Date(Date.now() - 2 * 3600_000).toISOString();
      const lines = [
        { t: 'intent', token: 'kpcleftover0001', region: 'cn-hangzhou', name: 'kpcleftover0001a', caseId: 'c', at },
        { t: 'outcome', token: 'kpcleftover0001', region: 'cn-hangzhou', name: 'kpcleftover0001a', created: true, at },
        // The crash came before the response: the outcome is unknown, the name exists.
        { t: 'intent', token: 'kpcleftover0001', region: 'cn-hangzhou', name: 'kpcleftover0001b', caseId: 'c', at },
        // Never created: the sweep must not try to delete what is not there.
        { t: 'intent', token: 'kpcleftover0001', region: 'cn-hangzhou', name: 'kpcleftover0001c', caseId: 'c', at },
        { t: 'outcome', token: 'kpcleftover0001', region: 'cn-hangzhou', name: 'kpcleftover0001c', created: false, at },
      ];
      writeFileSync(join(dir, 'ledger.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
      const dry = await runKpc(['sweep', '--target', emu.url, '--report-dir', dir, '--dry-run']);
      expect(dry.code).toBe(0);
      expect(names(emu.state()).sort()).toEqual(['kpcleftover0001a', 'kpcleftover0001b', 'users-own-key']);
      const recent = await runKpc(['sweep', '--target', emu.url, '--report-dir', dir, '--older-than', '3h']);
      expect(recent.stdout).toContain('nothing to sweep');
      const out = await runKpc(['sweep', '--target', emu.url, '--report-dir', dir, '--older-than', '1h']);
      expect(out.code, out.stdout + out.stderr).toBe(0);
      expect(out.stdout).toContain('swept: 2 deleted, 0 still present');
      expect(names(emu.state())).toEqual(['users-own-key']);
      const again = await runKpc(['sweep', '--target', emu.url, '--report-dir', dir]);
      expect(again.stdout).toContain('nothing to sweep');
    } finally {
      await emu.close();
    }
  }, 120_000);
});
