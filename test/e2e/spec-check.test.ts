import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runKpc } from './emulator-process.ts';

// `kpc spec check` as a user runs it: a revision of the vendor's page against the spec, or
// against another revision; exit 0 no drift, 1 drift, 2 not such a page.

const file = (rel: string): string => fileURLToPath(new URL(`../../${rel}`, import.meta.url));
const SEED = file('specs/source/ImportKeyPair.txt');
const R2020 = file('specs/source/revisions/2020-11-02.md');
const R2018 = file('specs/source/revisions/2018-06-13.md');
const REWRITE = file('src/spec-check/fixtures/seed-as-markdown.md');
const NOT_A_PAGE = file('src/spec-check/fixtures/not-a-page.md');

interface JsonDrift {
  verdict: string;
  rules: Array<{ id: string; status: string; cases: string[]; citations: Array<{ whatChanged: string[] }> }>;
  tables: Array<{ table: string; name: string; change: string; note?: string }>;
}

describe('kpc spec check', () => {
  test('the seed against the spec: no drift, exit 0', async () => {
    const out = await runKpc(['spec', 'check', SEED]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^# No drift: ImportKeyPair\.txt against the spec/);
    expect(out.stdout).toContain('0 changed, 0 gone');
  });

  test('the seed rewritten as a markdown table: the same rules, exit 0', async () => {
    const out = await runKpc(['spec', 'check', REWRITE]);
    expect(out.code, out.stdout).toBe(0);
    expect(out.stdout).toContain('# No drift: seed-as-markdown.md against the spec');
  });

  test('2020-11-02: drift, exit 1, the name rules changed with the cases that cite them', async () => {
    const out = await runKpc(['spec', 'check', R2020]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      '### `IKP-NAME-FIRST-CHAR` KeyPairName starts with a letter or Chinese character: changed',
    );
    expect(out.stdout).toContain('character class removed: "periods (.)"');
    expect(out.stdout).toContain('words added: "globally"');
    expect(out.stdout).toContain('`ikp-name-first-char/valid-class/chinese`');
  });

  test('2018-06-13 as JSON: tags and resource group absent, the duplicate-name row different', async () => {
    const out = await runKpc(['spec', 'check', R2018, '--format', 'json']);
    expect(out.code).toBe(1);
    const d = JSON.parse(out.stdout) as JsonDrift;
    expect(d.verdict).toBe('drift');
    const status = (id: string): string | undefined => d.rules.find((r) => r.id === id)?.status;
    expect([status('IKP-TAG-INDEX'), status('IKP-TAG-KEY-PREFIX'), status('IKP-RG-EXISTS')]).toEqual([
      'gone',
      'gone',
      'gone',
    ]);
    const rows = (change: string): string[] => d.tables.filter((t) => t.change === change).map((t) => t.name);
    expect(rows('removed')).toEqual(
      expect.arrayContaining(['Tag.N.Key', 'ResourceGroupId', '400 KeyPair.AlreadyExist']),
    );
    const dup = d.tables.find((t) => t.name === '400 KeyPair.AlreadyExist');
    expect(dup?.note).toContain('400 InvalidKeyPairName.Malformed');
  });

  test('--against: 2018-06-13 held against 2020-11-02 shows the tag rules added', async () => {
    const out = await runKpc(['spec', 'check', R2018, '--against', R2020, '--format', 'json']);
    expect(out.code).toBe(1);
    const d = JSON.parse(out.stdout) as JsonDrift;
    expect(d.rules.find((r) => r.id === 'IKP-TAG-KEY-NONEMPTY')?.status).toBe('added');
    expect(d.tables.find((t) => t.name === '400 KeyPair.AlreadyExist')?.change).toBe('added');
  });

  test('--out writes the output to a file, not to standard output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kpc-spec-')), 'drift.md');
    const r = await runKpc(['spec', 'check', R2020, '--out', out]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Drift: 2020-11-02\.md against the spec/);
  });

  test('a file that is not such a page: exit 2 with one line naming what is missing', async () => {
    const out = await runKpc(['spec', 'check', NOT_A_PAGE]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'kpc spec check: not-a-page.md is not a revision of the ImportKeyPair page: ' +
        'no title naming ImportKeyPair, no error code table\n',
    );
  });

  test('usage errors exit 2; --help lists every flag with its default', async () => {
    expect((await runKpc(['spec', 'check'])).code).toBe(2);
    expect((await runKpc(['spec', 'check', SEED, '--format', 'html'])).stderr).toContain('--format must be md or json');
    expect((await runKpc(['spec', 'check', 'missing.md'])).stderr).toContain('cannot read missing.md');
    const help = await runKpc(['spec', 'check', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--against NEW', '--format md|json', '--out FILE', '--spec DIR', '--cases DIR'])
      expect(help.stdout).toContain(flag);
    expect(help.stdout).toContain('(default: md)');
    expect((await runKpc(['spec', 'check', '-h'])).stdout).toBe(help.stdout);
    expect((await runKpc(['spec', '--help'])).stdout).toContain('kpc spec <check>');
  });
});
