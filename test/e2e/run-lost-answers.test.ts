/**
 * A target that carries a request out and then loses its answer (issue: "Lost answers"):
 * the emulator with `--fault internal-after` (acts, then answers 500) and `--fault
 * reset-after` (acts, then resets the connection), each alone and both together. A full run,
 * the quota scenario included, must stay conformant and leave nothing behind: every import
 * whose answer was lost is looked for and deleted, and the leak list is what the target
 * still lists afterwards, so it is empty.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/report/types.ts';
import { runKpc, startEmulatorProcess } from './emulator-process.ts';

async function keyPairsLeft(url: string): Promise<number> {
  const r = await request(`${url}/__kpc/health`);
  return ((await r.body.json()) as { keyPairs: number }).keyPairs;
}

describe('kpc run against a target that loses answers', () => {
  test.for([
    ['internal-after', 11],
    ['reset-after', 12],
    ['internal-after,reset-after', 13],
  ] as Array<[string, number]>)(
    '--fault %s: conformant, nothing left behind',
    { timeout: 300_000 },
    async ([fault, seed]) => {
      const emu = await startEmulatorProcess(['--no-auth', '--fault', fault, '--fault-seed', String(seed)]);
      try {
        const dir = mkdtempSync(join(tmpdir(), 'kpc-lost-'));
        // More re-runs than the default: at 8% of imports lost, a case of four imports meets
        // a fault in one attempt out of four.
        const out = await runKpc(['run', '--target', emu.url, '--report-dir', dir, '--case-retries', '6']);
        const r = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
        const unclean = r.cases.filter((c) => !['passed', 'observed', 'skipped'].includes(c.status));
        expect(unclean.map((c) => `${c.id}: ${c.status} ${c.reason ?? ''}`)).toEqual([]);
        expect(out.code, out.stdout).toBe(0);
        expect(r.verdict).toBe('conformant');
        expect(r.cases.find((c) => c.scenario === 'quota')?.status).toBe('passed');
        expect(r.cases.some((c) => (c.discarded?.length ?? 0) > 0)).toBe(true);
        expect(r.resources.leaked).toEqual([]);
        expect(r.resources.deleted).toBe(r.resources.created);
        expect(await keyPairsLeft(emu.url)).toBe(0);
      } finally {
        emu.child.kill('SIGTERM');
        await emu.exited;
      }
    },
  );
});
