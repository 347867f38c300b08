import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningEmulator } from '../../emulator/index.ts';
import type { Report } from '../../src/report/types.ts';
import { casesWithFingerprints, emulatorWithFingerprint, kpc, readReport, tmp } from './report-fixtures.ts';

// `kpc record` keeps a baseline; `kpc run --baseline` judges parity beside the documented
// verdict. The example: the recorded service returns fingerprints without colons;
// an emulator that copies it passes parity and fails IKP-FP-FORMAT, and the report says both.

const ONLY = 'ikp-name-length/*';

describe('kpc record and kpc run --baseline', () => {
  const work = tmp('kpc-parity-');
  const baselineFile = join(work, 'vendor', 'report.json');
  let vendor: RunningEmulator;
  let copycat: RunningEmulator;
  let recorded: Awaited<ReturnType<typeof kpc>>;
  beforeAll(async () => {
    [vendor, copycat] = await Promise.all([emulatorWithFingerprint('md5-hex'), emulatorWithFingerprint('md5-hex')]);
    recorded = await kpc([
      'record',
      '--target',
      vendor.url,
      '--only',
      ONLY,
      '--report-dir',
      join(work, 'record'),
      '--out',
      baselineFile,
    ]);
  }, 120_000);
  afterAll(async () => {
    await vendor?.close();
    await copycat?.close();
  });

  test('record keeps a non-conformant service as a dated baseline and exits 0', () => {
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(`baseline recorded: ${baselineFile}`);
    const b = JSON.parse(readFileSync(baselineFile, 'utf8')) as Report;
    expect(Date.parse(b.recordedAt!)).toBeGreaterThan(Date.now() - 600_000);
    expect(b).toMatchObject({
      verdict: 'non-conformant',
      target: { url: vendor.url, region: 'cn-hangzhou' },
      spec: { revision: expect.any(String) },
    });
  });

  test(
    'an emulator copying the service passes parity and fails the documented check; the report says both',
    { timeout: 120_000 },
    async () => {
      const dir = join(work, 'copycat');
      const out = await kpc([
        'run',
        '--target',
        copycat.url,
        '--only',
        ONLY,
        '--baseline',
        baselineFile,
        '--report-dir',
        dir,
      ]);
      expect(out.code).toBe(1);
      const r = readReport(dir);
      expect(r.verdict).toBe('non-conformant');
      expect(r.cases.filter((c) => c.status === 'failed').every((c) => c.brokenRules.includes('IKP-FP-FORMAT'))).toBe(
        true,
      );
      expect(r.parity).toMatchObject({
        verdict: 'same',
        drifted: [],
        unverified: [],
        baseline: { target: vendor.url, region: 'cn-hangzhou', revision: r.spec.revision },
      });
      expect(r.parity!.compared).toBe(r.cases.length);
      expect(out.stdout).toContain('NON-CONFORMANT');
      expect(out.stdout).toMatch(/parity with the baseline .*: SAME/);
      expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('**SAME**');
      expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Parity with the baseline: SAME');
    },
  );

  test(
    'the documented-conformant emulator drifts from the baseline exactly where fingerprints come back (exit 1)',
    { timeout: 120_000 },
    async () => {
      const dir = join(work, 'faithful');
      const out = await kpc(['run', '--only', ONLY, '--baseline', baselineFile, '--report-dir', dir]);
      expect(out.code).toBe(1);
      const r = readReport(dir);
      expect(r.verdict).toBe('conformant');
      expect(r.parity!.verdict).toBe('drifted');
      expect([...r.parity!.drifted].sort()).toEqual(casesWithFingerprints(r).sort());
      expect(r.parity!.changes[r.parity!.drifted[0]!]).toEqual([
        'step 1 ImportKeyPair body.KeyPairFingerPrint: <fingerprint:md5-hex:key1> → <fingerprint:md5-colon:key1>',
      ]);
      expect(out.stdout).toContain('CONFORMANT');
      expect(out.stdout).toMatch(/: DRIFTED: \d+ case\(s\) drifted/);
    },
  );

  test('kpc diff reads the baseline like any report', async () => {
    const out = await kpc(['diff', baselineFile, join(work, 'copycat'), '--format', 'json']);
    expect(out.code).toBe(0);
  });

  test.for([
    [['run', '--baseline', '/nonexistent/vendor.json'], '/nonexistent/vendor.json: no such file'],
    [['record', '--only', ONLY], '--out FILE is required'],
    [['record', '--out', 'x.json', '--baseline', 'y.json'], "Unknown option '--baseline'"],
    [['run', '--reporter', 'pdf'], '--reporter pdf: unknown reporter'],
  ] as const)('usage errors exit 2 before anything runs: %s', async ([args, message]) => {
    const dir = tmp('kpc-parity-bad-');
    const out = await kpc([...args, '--report-dir', dir]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  test('an unknown report subcommand exits 2 naming it', async () => {
    const out = await kpc(['report', 'split']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown subcommand "split" (use merge)');
  });
});
