import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findMutant, startMutantEmulator, type RunningEmulator } from '../../emulator/index.ts';
import { loadCases, parseCaseFile } from '../../src/cases/load.ts';
import type { Report } from '../../src/report/types.ts';
import { runKpc } from './emulator-process.ts';

// The acceptance path of exploration, as a user runs it: `kpc run --explore` against a
// deviating target finds the deviation, shrinks it and writes a found case (into a temp
// folder here); the found case then replays with `kpc run --cases` and fails the same way
// against the deviating target, and passes against the reference.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kpc-explore-'));
const ENV = { CI: 'true', ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' };
const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
const SEED = '20240501';

describe('kpc run --explore against a target that deviates only where the fixed cases do not look', () => {
  let emu: RunningEmulator;
  let found: string;
  let run: Awaited<ReturnType<typeof runKpc>>;
  let reportDir: string;
  beforeAll(async () => {
    emu = await startMutantEmulator(findMutant('name-denylist')!);
    found = tmp();
    reportDir = tmp();
    run = await runKpc(
      [
        'run',
        '--target',
        emu.url,
        '--only',
        'ikp-name-*',
        '--explore',
        '100',
        '--seed',
        SEED,
        '--found-dir',
        found,
        '--report-dir',
        reportDir,
      ],
      ENV,
    );
  }, 180_000);
  afterAll(() => emu.close());

  test('the fixed name cases pass, exploration fails: the run is non-conformant because of exploration alone', () => {
    expect(run.code, run.stderr).toBe(1);
    const r = readReport(reportDir);
    expect(r.cases.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['explore/name-rules']);
    expect(r.run.seed).toBe(Number(SEED));
    expect(r.cases.find((c) => c.id === 'explore/name-rules')!.brokenRules).toEqual(['IKP-NAME-CHARSET']);
    expect(run.stderr).toContain(`seed ${SEED}`);
  });

  test('writes the shrunk counterexample as a found case with its seed', () => {
    const files = readdirSync(found);
    expect(files).toEqual([`ikp-name-charset-${SEED}.yaml`]);
    const file = parseCaseFile(readFileSync(join(found, files[0]!), 'utf8'), files[0]!);
    expect(file).toMatchObject({ origin: 'found', seed: Number(SEED) });
    expect(file.cases[0]).toMatchObject({
      rules: ['IKP-NAME-CHARSET'],
      polarity: 'negative',
      errorRow: 'InvalidKeyPairName.Malformed',
    });
  });

  test('the found case replays and fails the same way against the deviating target', async () => {
    const dir = tmp();
    const out = await runKpc(['run', '--target', emu.url, '--cases', found, '--report-dir', dir], ENV);
    expect(out.code).toBe(1);
    const [c] = readReport(dir).cases;
    expect(c).toMatchObject({
      id: `found/ikp-name-charset-${SEED}`,
      status: 'failed',
      brokenRules: ['IKP-NAME-CHARSET'],
    });
  }, 120_000);

  test('and passes against the reference emulator', async () => {
    const dir = tmp();
    const out = await runKpc(['run', '--cases', found, '--report-dir', dir], ENV);
    expect(out.code, out.stdout).toBe(0);
    expect(readReport(dir).cases.map((c) => c.status)).toEqual(['passed']);
  }, 120_000);

  test('a found case joins the normal suite: the loader reads it beside the shipped cases', () => {
    expect(loadCases(found).map((c) => c.origin)).toEqual(['found']);
  });
});
