import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SelfcheckReport } from '../../src/selfcheck/types.ts';
import { rpc, send, importParams } from '../../emulator/testing.ts';
import { runKpc, startEmulatorProcess } from './emulator-process.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kpc-selfcheck-cli-'));
const SUITES = new URL('../../suites/', import.meta.url).pathname;

describe('kpc selfcheck options', () => {
  test('--only runs the named mutants (and the reference), with one job', async () => {
    const dir = tmp();
    const out = await runKpc(
      ['selfcheck', '--only', 'name-max-129,eq-other-*', '--jobs', '1', '--explore', '0', '--report-dir', dir],
      { CI: 'true' },
    );
    expect(out.code, out.stderr).toBe(0);
    const r = JSON.parse(readFileSync(join(dir, 'selfcheck.json'), 'utf8')) as SelfcheckReport;
    expect(r.mutants.map((m) => m.mutant).sort()).toEqual([
      'eq-other-error-message',
      'eq-other-host-id',
      'name-max-129',
    ]);
    expect(r.baseline.mutant).toBe('faithful');
    expect(r.jobs).toBe(1);
    expect(r.mutants.find((m) => m.mutant === 'name-max-129')!.killedBy.map((k) => k.id)).toContain(
      'ikp-name-length/above-max-length/129-latin',
    );
  }, 180_000);

  test('exits 1 and names the survivor when the cases cannot kill a mutant', async () => {
    const cases = tmp();
    mkdirSync(join(cases, 'generated'));
    cpSync(join(SUITES, 'generated/name.yaml'), join(cases, 'generated/name.yaml'));
    const dir = tmp();
    const out = await runKpc(
      ['selfcheck', '--cases', cases, '--only', 'tag-index-21-accepted', '--explore', '0', '--report-dir', dir],
      { CI: 'true' },
    );
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('SURVIVED');
    expect(out.stdout).toContain('mutant(s) survived: tag-index-21-accepted');
  }, 180_000);

  test('a usage error exits 2; --list prints the catalogue', async () => {
    expect((await runKpc(['selfcheck', '--only', 'no-such-mutant'])).code).toBe(2);
    const list = await runKpc(['selfcheck', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^race-check-then-insert\s+killable/m);
  }, 60_000);
});

describe('kpc emulator --mutant / --list-mutants', () => {
  test('--list-mutants lists every mutant with its kind', async () => {
    const out = await runKpc(['emulator', '--list-mutants']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^name-denylist\s+explore-only/m);
    expect(out.stdout).toMatch(/^eq-pem-bodies-accepted\s+equivalent/m);
  });

  test('--mutant starts an emulator with that one deviation', async () => {
    const emu = await startEmulatorProcess(['--no-auth', '--mutant', 'name-max-129']);
    try {
      expect(emu.stderr()).toContain('behaving as mutant name-max-129');
      const r = await send(emu.url, rpc('ImportKeyPair', importParams({ KeyPairName: `a${'b'.repeat(128)}` })));
      expect(r.status).toBe(200);
    } finally {
      emu.child.kill('SIGTERM');
      await emu.exited;
    }
  });

  test('an unknown mutant is a usage error naming the flag', async () => {
    const out = await runKpc(['emulator', '--no-auth', '--mutant', 'nope']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--mutant nope: no such mutant');
  });
});
