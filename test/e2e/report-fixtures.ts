/**
 * Shared by the report end-to-end tests: temp dirs, `kpc` run as a user runs it (CI on,
 * no GitHub step summary unless a test asks), and in-process emulators whose one deviation
 * is the fingerprint they return.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAITHFUL, startEmulator, type RunningEmulator } from '../../emulator/index.ts';
import { md5Fingerprint, sha1Colon } from '../../src/keys/index.ts';
import type { Report } from '../../src/report/types.ts';
import { runKpc } from './emulator-process.ts';

/** A fresh temp directory. */
export const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** report.json of a report directory. */
export const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

/** Runs `node bin/kpc.js …` with CI set and the step summary off, plus `env`. */
export function kpc(args: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof runKpc> {
  return runKpc(args, { CI: 'true', GITHUB_STEP_SUMMARY: '', ...env });
}

/** An emulator that deviates only in the fingerprint it returns; faithful otherwise. */
export function emulatorWithFingerprint(
  form: 'sha1-colon' | 'md5-hex',
  options: { accessKeys?: Record<string, string>; resourceGroups?: string[] } = {},
): Promise<RunningEmulator> {
  const fingerprint =
    form === 'sha1-colon' ? (b: Uint8Array) => sha1Colon(b) : (b: Uint8Array) => md5Fingerprint(b).hex;
  return startEmulator({
    host: '127.0.0.1',
    port: 0,
    resourceGroups: ['rg-kpce2e0001'],
    ...options,
    behaviour: { ...FAITHFUL, fingerprint },
  });
}

/** Cases whose single-call steps got a KeyPairFingerPrint back: what a fingerprint deviation changes. */
export function casesWithFingerprints(r: Report): string[] {
  return r.cases
    .filter((c) =>
      c.steps.some(
        (s) => s.calls === undefined && JSON.stringify(s.response?.body ?? null).includes('"KeyPairFingerPrint"'),
      ),
    )
    .map((c) => c.id);
}
