import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FAITHFUL, startEmulator, type Behaviour } from '../../emulator/index.ts';
import { DUMMY_CREDENTIALS } from '../../src/client/index.ts';
import { sha1Colon } from '../../src/keys/index.ts';
import { liveRecords, readLedger } from '../../src/engine/index.ts';
import { runKpc } from './emulator-process.ts';

// `kpc pact verify` as a user runs it, against in-process emulators that check signatures:
// the reference passes, a single deviation fails naming its interaction, and whatever
// happens, no key pair is left behind (in the emulator, or live in the ledger).

const ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: '',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
  ALIBABA_CLOUD_SECURITY_TOKEN: '',
  PACT_BROKER_BASE_URL: '',
  PACT_DO_NOT_TRACK: 'true',
};
const TIMEOUT = 180_000;

interface Verification {
  code: number | string;
  stdout: string;
  stderr: string;
  /** Key pairs in the emulator after the verification. */
  left: string[];
  /** Ledger records still live (created or unknown, never deleted). */
  live: string[];
}

async function verifyAgainst(behaviour: Behaviour, env: Record<string, string> = {}): Promise<Verification> {
  const emu = await startEmulator({
    behaviour,
    accessKeys: { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret },
  });
  const dir = mkdtempSync(join(tmpdir(), 'kpc-pact-verify-'));
  try {
    const r = await runKpc(['pact', 'verify', '--target', emu.url, '--report-dir', dir], { ...ENV, ...env });
    const state = emu.state();
    return {
      ...r,
      left: Object.values(state.regions).flatMap((region) => region.keyPairs.map((k) => k.name)),
      live: liveRecords(readLedger(join(dir, 'ledger.jsonl'))).map((l) => l.name),
    };
  } finally {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function failed(stdout: string): string[] {
  return [...stdout.matchAll(/^ {2}✗ (\S+):/gm)].map((m) => m[1]!);
}

describe('kpc pact verify', () => {
  test(
    'passes against the reference emulator with signatures checked, and leaves no key pair behind',
    { timeout: TIMEOUT },
    async () => {
      const v = await verifyAgainst(FAITHFUL);
      expect(v.stdout).toMatch(
        /kpc pact verify: \d{2,} interactions against http:\/\/127\.0\.0\.1:\d+ \(reference emulator\)/,
      );
      expect(v.stdout).toMatch(/\nVERIFIED\n$/);
      expect(failed(v.stdout)).toEqual([]);
      expect(v.code).toBe(0);
      expect(v.stdout).toMatch(/cleanup: [1-9]\d* key pairs deleted, none left/);
      expect(v.left).toEqual([]);
      expect(v.live).toEqual([]);
    },
  );

  test(
    'fails naming the import interactions when fingerprints are SHA-1, and leaves no key pair behind',
    { timeout: TIMEOUT },
    async () => {
      const v = await verifyAgainst({ ...FAITHFUL, fingerprint: (b) => sha1Colon(b) });
      expect(v.code).toBe(1);
      expect(v.stdout).toMatch(/\nNOT VERIFIED\n$/);
      expect(failed(v.stdout)).toContain('ikp-body-key-type/valid-key/rsa-2048');
      expect(failed(v.stdout)).toContain('dkp-fp-filter/persistence/by-fingerprint');
      expect(failed(v.stdout)).not.toContain('ikp-name-length/below-min-length/1-latin');
      expect(v.left).toEqual([]);
      expect(v.live).toEqual([]);
    },
  );

  test(
    'fails naming exactly the duplicate-name interaction when duplicates are let in, and leaves no key pair behind',
    { timeout: TIMEOUT },
    async () => {
      const v = await verifyAgainst({ ...FAITHFUL, importChecks: FAITHFUL.importChecks.filter((c) => c !== 'unique') });
      expect(v.code).toBe(1);
      expect(failed(v.stdout)).toEqual(['ikp-name-unique/duplicate-name/second-import']);
      expect(v.stdout).toContain('expected 400 but was 200');
      expect(v.left).toEqual([]);
      expect(v.live).toEqual([]);
    },
  );

  test(
    'fails when requests are signed with a key the emulator does not know: signatures really are checked',
    { timeout: TIMEOUT },
    async () => {
      const v = await verifyAgainst(FAITHFUL, {
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-UNKNOWN',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-the-secret',
      });
      expect(v.code).toBe(1);
      expect(failed(v.stdout)).toContain('ikp-body-key-type/valid-key/rsa-2048');
      expect(v.stdout + v.stderr).not.toContain('not-the-secret');
      expect(v.left).toEqual([]);
    },
  );
});
