import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningEmulator } from '../../emulator/index.ts';
import type { ReportDiff } from '../../src/report/diff.ts';
import { casesWithFingerprints, emulatorWithFingerprint, kpc, readReport, tmp } from './report-fixtures.ts';

// `kpc diff` compares observed behaviour after normalisation: two faithful runs do not
// drift; a run whose only deviation is a SHA-1 fingerprint drifts in exactly the cases
// that got a fingerprint back.

describe('kpc diff', () => {
  const faithfulA = tmp('kpc-diff-a-');
  const faithfulB = tmp('kpc-diff-b-');
  const faulty = tmp('kpc-diff-sha1-');
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await emulatorWithFingerprint('sha1-colon');
    const runs = await Promise.all([
      kpc(['run', '--report-dir', faithfulA]),
      kpc(['run', '--report-dir', faithfulB]),
      kpc(['run', '--target', emu.url, '--resource-group', 'rg-kpce2e0001', '--report-dir', faulty]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 1]);
  }, 240_000);
  afterAll(() => emu?.close());

  test('two faithful runs do not drift: exit 0, every case compared', async () => {
    const out = await kpc(['diff', join(faithfulA, 'report.json'), faithfulB, '--format', 'json']);
    expect(out.code, out.stderr).toBe(0);
    const d = JSON.parse(out.stdout) as ReportDiff;
    expect(d.drifted).toEqual([]);
    expect(d.messages).toEqual([]);
    expect(d.compared).toBe(readReport(faithfulA).cases.length);
    expect((await kpc(['diff', faithfulA, faithfulB])).stdout).toContain('# No drift:');
  });

  test('faithful against SHA-1 fingerprints names exactly the cases that returned a fingerprint', async () => {
    const out = await kpc(['diff', faithfulA, faulty, '--format', 'json']);
    expect(out.code).toBe(1);
    const d = JSON.parse(out.stdout) as ReportDiff;
    const expected = casesWithFingerprints(readReport(faithfulA));
    expect(expected.length).toBeGreaterThan(20);
    expect(d.drifted.map((c) => c.id).sort()).toEqual([...expected].sort());
    for (const c of d.drifted)
      for (const ch of c.changes)
        expect([ch.path, ch.a?.replace('md5-colon', 'sha1-colon')]).toEqual([
          expect.stringMatching(/KeyPairFingerPrint$/),
          ch.b,
        ]);
    expect([d.added, d.removed, d.notCompared]).toEqual([[], [], []]);
  });

  test('the Markdown names the same cases, one heading each', async () => {
    const out = await kpc(['diff', faithfulA, faulty]);
    expect(out.code).toBe(1);
    const headings = [...out.stdout.matchAll(/^## `(.+)`$/gm)].map((m) => m[1]);
    expect(headings.sort()).toEqual(casesWithFingerprints(readReport(faithfulA)).sort());
    expect(out.stdout).toContain('<fingerprint:md5-colon:key1>');
  });

  test.for([
    [['diff', '/nonexistent/a.json', '/nonexistent/b.json'], '/nonexistent/a.json: no such file'],
    [['diff', 'package.json', 'package.json'], 'package.json is not a kpc report.json'],
    [['diff', 'package.json'], 'expected two reports'],
    [['diff', 'a', 'b', '--format', 'xml'], '--format must be md or json'],
  ] as const)('bad input exits 2 with a reason: %s', async ([args, message]) => {
    const out = await kpc([...args]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
  });
});
