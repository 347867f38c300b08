import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FAITHFUL, startEmulator, type Behaviour } from '../../emulator/index.ts';
import { findMutant } from '../../emulator/mutants/index.ts';
import { DUMMY_CREDENTIALS } from '../../src/client/index.ts';
import { sha1Colon } from '../../src/keys/index.ts';
import type { Report } from '../../src/report/types.ts';
import { runKpc } from './emulator-process.ts';

// A conformance suite that passes a wrong implementation is broken: for a sample of single
// deviations, the run must turn non-conformant and name the rule that broke.

async function runAgainst(
  behaviour: Behaviour,
  only?: string,
): Promise<{ code: number | string; report: Report; stdout: string }> {
  const emu = await startEmulator({
    behaviour,
    accessKeys: { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret },
    resourceGroups: ['rg-dev0001'],
  });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'kpc-dev-'));
    const args = [
      'run',
      '--target',
      emu.url,
      '--quota-test',
      '--resource-group',
      'rg-dev0001',
      '--report-dir',
      dir,
      ...(only ? ['--only', only] : []),
    ];
    const out = await runKpc(args, {
      CI: 'true',
      ALIBABA_CLOUD_ACCESS_KEY_ID: '',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
    });
    return {
      code: out.code,
      stdout: out.stdout,
      report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report,
    };
  } finally {
    await emu.close();
  }
}

const deleteNotApplied = findMutant('delete-not-applied')!.behaviour;

function brokenRules(r: Report): Set<string> {
  return new Set(r.cases.flatMap((c) => c.brokenRules));
}

describe('a run against a deviating emulator is non-conformant and names the broken rule', () => {
  test('a 129-character name accepted → IKP-NAME-LENGTH', async () => {
    const { code, report, stdout } = await runAgainst(
      {
        ...FAITHFUL,
        nameBrokenRule: (spec, name) => ([...name].length === 129 ? undefined : FAITHFUL.nameBrokenRule(spec, name)),
      },
      'ikp-name-*',
    );
    expect(code).toBe(1);
    expect(report.verdict).toBe('non-conformant');
    expect(brokenRules(report)).toContain('IKP-NAME-LENGTH');
    expect(stdout).toContain('IKP-NAME-LENGTH');
  }, 120_000);

  test('SHA-1 fingerprints → IKP-FP-MD5 and IKP-FP-FORMAT', async () => {
    const { code, report } = await runAgainst({ ...FAITHFUL, fingerprint: (b) => sha1Colon(b) }, 'ikp-body-key-type/*');
    expect(code).toBe(1);
    expect(brokenRules(report)).toContain('IKP-FP-MD5');
    expect(brokenRules(report)).toContain('IKP-FP-FORMAT');
  }, 120_000);

  test('duplicate names allowed → IKP-NAME-UNIQUE', async () => {
    let n = 0;
    const { code, report } = await runAgainst({ ...FAITHFUL, nameKey: (name) => `${name}#${n++}` }, 'ikp-name-unique*');
    expect(code).toBe(1);
    expect(brokenRules(report)).toContain('IKP-NAME-UNIQUE');
  }, 120_000);

  test('a quota of 501 → IKP-QUOTA', async () => {
    const { code, report } = await runAgainst({ ...FAITHFUL, quotaFor: () => 501 }, 'ikp-quota/*');
    expect(code).toBe(1);
    expect(brokenRules(report)).toContain('IKP-QUOTA');
    expect(report.resources.leaked).toEqual([]);
  }, 120_000);

  test('deletes answered with success that delete nothing → DEL-REMOVES-ALL, from teardown alone', async () => {
    // The selected case never deletes, so it passes; teardown's deletes are answered with success
    // and the key pairs stay listed: that alone is a failed rule and a non-conformant run.
    const { code, report, stdout } = await runAgainst(deleteNotApplied, 'dkp-include-public-key/*');
    expect(code).toBe(1);
    expect(report.summary.failed).toBe(0);
    expect(report.verdict).toBe('non-conformant');
    expect(report.verdictReason).toContain('DEL-REMOVES-ALL');
    // The case imported one key pair (its first step): the one teardown could not delete.
    const names = report.cases.map((c) => c.steps[0]!.request.params['KeyPairName']!);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'DEL-REMOVES-ALL',
        source: 'teardown',
        places: names.map((name) => ({ region: 'cn-hangzhou', name })),
      }),
    ]);
    expect(report.coverage.rules.find((r) => r.id === 'DEL-REMOVES-ALL')).toMatchObject({ findings: ['teardown'] });
    expect(stdout).toContain('FAIL DEL-REMOVES-ALL (teardown)');
    expect(stdout).toContain(names[0]);
  }, 120_000);

  test('deletes answered with success that delete nothing → DEL-REMOVES-ALL, from the delete cases too', async () => {
    const { code, report } = await runAgainst(deleteNotApplied, 'del-removes-all/*');
    expect(code).toBe(1);
    expect(brokenRules(report)).toContain('DEL-REMOVES-ALL');
    expect(report.findings?.[0]?.rule).toBe('DEL-REMOVES-ALL');
  }, 120_000);

  test('the faithful emulator passes the same selections (the deviations, not the selection, fail)', async () => {
    const { code, report } = await runAgainst(
      FAITHFUL,
      '{ikp-name,ikp-body,ikp-quota,dkp-include-public-key,del-removes-all}*',
    );
    expect(report.summary.failed).toBe(0);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  }, 120_000);
});
