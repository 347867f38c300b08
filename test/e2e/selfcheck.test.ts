import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MUTANTS } from '../../emulator/mutants/index.ts';
import type { SelfcheckReport } from '../../src/selfcheck/types.ts';
import { runKpc } from './emulator-process.ts';

// The suite's worth, measured in CI: every case against every mutant of the reference
// emulator (`kpc selfcheck`, as a user runs it), plus exploration of the explore-only and
// equivalent mutants. Its wall time is printed by the command, never asserted.

describe('kpc selfcheck', () => {
  let dir: string;
  let out: Awaited<ReturnType<typeof runKpc>>;
  let report: SelfcheckReport;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpc-selfcheck-'));
    out = await runKpc(['selfcheck', '--report-dir', dir], { CI: 'true' });
    report = JSON.parse(readFileSync(join(dir, 'selfcheck.json'), 'utf8')) as SelfcheckReport;
  }, 600_000);

  test('passes: exit 0 and SELFCHECK PASSED', () => {
    expect(out.code, `${out.stdout}\n${out.stderr}`).toBe(0);
    expect(out.stdout).toContain('SELFCHECK PASSED');
    expect(report.summary.problems).toEqual([]);
  });

  test('kills 100% of the non-equivalent mutants, at least 40 of them', () => {
    expect(report.summary.killable).toBeGreaterThanOrEqual(40);
    expect(report.summary.survivors).toEqual([]);
    expect(report.summary.killed).toBe(report.summary.killable);
    expect(report.summary.score).toBe(1);
    expect(out.stdout).toMatch(/mutation score: (\d+)\/\1 non-equivalent mutants killed \(100\.0%\)/);
  });

  test('flags no equivalent mutant, neither by a case nor by exploration', () => {
    const equivalents = report.mutants.filter((m) => m.equivalent);
    expect(equivalents.length).toBe(MUTANTS.filter((m) => m.equivalent).length);
    expect(report.summary.flaggedEquivalents).toEqual([]);
    for (const m of equivalents) {
      expect(m.killedBy, m.mutant).toEqual([]);
      expect(m.exploration?.caught, m.mutant).toBe(false);
    }
  });

  test('the reference passes every case and exploration finds nothing against it', () => {
    expect(report.baseline.killedBy).toEqual([]);
    expect(report.baseline.inconclusive).toEqual([]);
    expect(report.baseline.exploration?.caught).toBe(false);
  });

  test('the explore-only mutant escapes every case and exploration catches it within the default budget', () => {
    const only = report.mutants.filter((m) => m.exploreOnly);
    expect(only.length).toBeGreaterThanOrEqual(1);
    for (const m of only) {
      expect(m.killedBy, m.mutant).toEqual([]);
      expect(m.exploration).toMatchObject({ runs: 100, caught: true });
      expect(report.summary.statuses[m.mutant]).toBe('explore-only-caught');
    }
  });

  test('names the cases that caught each mutant, in selfcheck.json and the Markdown matrix', () => {
    const race = report.mutants.find((m) => m.mutant === 'race-check-then-insert')!;
    expect(race.killedBy.map((k) => k.id)).toContain('ikp-name-unique/concurrency/64-imports-one-name');
    const quota = report.mutants.find((m) => m.mutant === 'quota-not-freed')!;
    expect(quota.killedBy.map((k) => k.id)).toEqual(['ikp-quota/quota/fill-region']);
    expect(existsSync(join(dir, 'selfcheck.md'))).toBe(true);
    expect(readFileSync(join(dir, 'selfcheck.md'), 'utf8')).toContain('| `race-check-then-insert` | killable |');
  });
});
