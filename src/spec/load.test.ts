import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { DEFAULT_SPEC_DIR, allRules, errorRow, loadSpec } from './load.ts';

const seed = readFileSync(join(DEFAULT_SPEC_DIR, 'source/ImportKeyPair.txt'), 'utf8');
const spec = loadSpec();
const ikp = spec.operations.ImportKeyPair!;

/** Non-empty lines of the document between two headings. */
function section(from: string, to: string): string[] {
  const start = seed.indexOf(`\n${from}\n`);
  const end = seed.indexOf(`\n${to}\n`, start);
  return seed
    .slice(start, end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
const TYPES = new Set(['string', 'array<object>', 'object', 'integer', 'boolean']);
/** Names of a document table's rows: a line followed by a type line. */
function rowNames(lines: string[]): string[] {
  const headings = new Set(['Parameter', 'Element', 'Type', 'Required', 'Description', 'Example']);
  return lines.filter((l, i) => /^[A-Z][A-Za-z]*$/.test(l) && !headings.has(l) && TYPES.has(lines[i + 1] ?? ''));
}

describe('the spec', () => {
  test('every spec file validates against its schema and cross-references resolve', () => {
    expect(Object.keys(spec.operations).sort()).toEqual(['DeleteKeyPairs', 'DescribeKeyPairs', 'ImportKeyPair']);
    expect(allRules(spec).length).toBeGreaterThan(30);
  });

  test('carries the document revision "Last Updated:Jun 18, 2026"', () => {
    expect(seed).toContain('Last Updated:Jun 18, 2026');
    expect(ikp.document.revision).toBe('2026-06-18');
  });

  test('every error code of the document table maps to a row with the same status', () => {
    const rows = [...seed.matchAll(/^(\d{3}) (\S+) /gm)].map((m) => ({ status: Number(m[1]), code: m[2]! }));
    expect(rows.length).toBe(7);
    for (const { status, code } of rows) {
      const row = ikp.errors.find((e) => e.code === code);
      expect(row, code).toBeDefined();
      expect(row?.status, code).toBe(status);
      expect(row?.evidence).toBe('documented');
    }
    expect(ikp.errors.length).toBe(rows.length);
  });

  test('every error row is the target of a rule or a documented passive check', () => {
    const targeted = new Set(
      ikp.rules.flatMap((r) =>
        r.violation && 'error' in r.violation
          ? [r.violation.error]
          : r.violation && 'oneOf' in r.violation
            ? r.violation.oneOf
            : [],
      ),
    );
    for (const row of ikp.errors) expect(targeted.has(row.code), row.code).toBe(true);
  });

  test('every row of the parameter table maps to a spec parameter with rules', () => {
    const names = rowNames(section('Request parameters', 'Response elements'));
    expect(names).toEqual(['RegionId', 'KeyPairName', 'PublicKeyBody', 'ResourceGroupId', 'Tag', 'Key', 'Value']);
    const specParams = ikp.parameters.flatMap((p) => [p, ...(p.fields ?? [])]);
    for (const n of names) {
      const p = specParams.find((x) => x.name === n);
      expect(p, n).toBeDefined();
      expect(p?.rules.length, n).toBeGreaterThan(0);
    }
    const required = ikp.parameters.filter((p) => p.required).map((p) => p.name);
    expect(required).toEqual(['RegionId', 'KeyPairName', 'PublicKeyBody']);
  });

  test('every response element of the document maps to a response field with rules', () => {
    const names = rowNames(section('Response elements', 'Examples'));
    expect(names).toEqual(['RequestId', 'KeyPairName', 'KeyPairFingerPrint']);
    for (const n of names) expect(ikp.response.find((f) => f.name === n)?.rules.length, n).toBeGreaterThan(0);
  });

  test('every documented key type is in the spec and mapped to SSH wire types', () => {
    for (const t of ['rsa', 'dsa', 'ssh-rsa', 'ssh-dss', 'ecdsa']) {
      expect(seed).toMatch(new RegExp(`^\\s*•\\s*${t}\\s*$`, 'm'));
      expect(spec.keyTypes.sshTypes[t]?.length, t).toBeGreaterThan(0);
    }
    expect(Object.values(spec.keyTypes.sshTypes).flat()).not.toContain('ssh-ed25519');
  });

  test('quota and tag limits equal the document numbers', () => {
    expect(seed).toContain('maximum of 500 key pairs in each region');
    expect(spec.limits.keyPairsPerRegion).toBe(500);
    expect(seed).toContain('Valid values of N: 1 to 20');
    expect(spec.limits.tagsPerResource).toBe(20);
  });

  test('every rule quotes a source and undocumented rules never carry a violation', () => {
    for (const r of allRules(spec)) {
      expect(r.source.length, r.id).toBeGreaterThan(5);
      if (r.evidence === 'undocumented') expect(r.violation, r.id).toBeUndefined();
    }
  });

  test('documented rules quote their document verbatim: the seed, or the one they name', () => {
    const norm = (s: string): string => s.replace(/[•,\s\\]+/g, ' ');
    const documentOf = (from: string | undefined) =>
      norm(from === undefined ? seed : readFileSync(join(DEFAULT_SPEC_DIR, from), 'utf8'));
    for (const r of ikp.rules.filter((x) => x.evidence === 'documented')) {
      const flat = documentOf(r.from);
      for (const quote of r.source.matchAll(/"([^"]{12,})"/g)) {
        expect(flat, `${r.id}: ${quote[1]}`).toContain(norm(quote[1]!));
      }
    }
  });

  test('errorRow prefers the operation table, then the common errors', () => {
    expect(errorRow(spec, 'ImportKeyPair', 'MissingParameter')?.table).toBe('operation');
    expect(errorRow(spec, 'ImportKeyPair', 'SignatureDoesNotMatch')?.table).toBe('common');
    expect(errorRow(spec, 'ImportKeyPair', 'Nope')).toBeUndefined();
  });
});

describe('a malformed spec', () => {
  function broken(edit: (text: string) => string): unknown {
    const dir = mkdtempSync(join(tmpdir(), 'kpc-spec-'));
    cpSync(DEFAULT_SPEC_DIR, dir, { recursive: true });
    const f = join(dir, 'ImportKeyPair.yaml');
    writeFileSync(f, edit(readFileSync(f, 'utf8')));
    try {
      loadSpec(dir);
      return undefined;
    } catch (e) {
      return e;
    }
  }

  test('an unknown evidence level is reported with file and line', () => {
    const e = broken((t) => t.replace('evidence: inferred', 'evidence: rumoured'));
    expect(isKpcError(e, 'KPC_SPEC')).toBe(true);
    expect((e as Error).message).toMatch(/ImportKeyPair\.yaml:\d+: \/rules\/0\/evidence must be one of/);
  });

  test('a rule that points at a missing error row is rejected', () => {
    const e = broken((t) =>
      t.replace('violation: { error: KeyPair.AlreadyExist }', 'violation: { error: KeyPair.Exists }'),
    );
    expect((e as Error).message).toContain('refers to error KeyPair.Exists');
  });

  test('a parameter that points at an undefined rule is rejected', () => {
    const e = broken((t) => t.replace('IKP-RG-EXISTS]', 'IKP-RG-MISSING]'));
    expect((e as Error).message).toContain('refers to rule IKP-RG-MISSING');
  });

  test('broken YAML is reported with its line', () => {
    const e = broken((t) => t.replace('name: ImportKeyPair', 'name: [ImportKeyPair'));
    expect((e as Error).message).toMatch(/ImportKeyPair\.yaml:\d+:\d+: invalid YAML/);
  });
});
