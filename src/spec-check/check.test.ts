import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCases } from '../cases/load.ts';
import { codeRefs, ruleRefs } from '../cases/refs.ts';
import { DEFAULT_SPEC_DIR, loadSpec } from '../spec/load.ts';
import { checkAgainstSpec, checkPages } from './check.ts';
import { readPage } from './page.ts';
import type { CaseIndex, Drift, RuleFinding, TableChange } from './types.ts';

// Findings are stated one by one: each rule, row and key type a revision changes, with the
// cases of suites/ that cite it. The index of cases is built the way `kpc spec check` builds it.
const spec = loadSpec();
const cases: CaseIndex = { byRule: {}, byCode: {} };
for (const c of loadCases()) {
  for (const r of ruleRefs(c)) (cases.byRule[r] ??= []).push(c.id);
  for (const code of codeRefs(c)) (cases.byCode[code] ??= []).push(c.id);
}
const source = (rel: string): string => readFileSync(new URL(rel, `file://${DEFAULT_SPEC_DIR}`), 'utf8');
const inputs = { spec, cases, sourceText: source('source/ImportKeyPair.txt') };
const page = (rel: string): ReturnType<typeof readPage> => readPage(source(rel), rel.split('/').pop()!);
const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const d2020 = checkAgainstSpec(page('source/revisions/2020-11-02.md'), inputs);
const d2018 = checkAgainstSpec(page('source/revisions/2018-06-13.md'), inputs);

function rule(d: Drift, id: string): RuleFinding {
  const r = d.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no finding for ${id}`);
  return r;
}
function row(d: Drift, table: TableChange['table'], name: string): TableChange | undefined {
  return d.tables.find((t) => t.table === table && t.name === name);
}

describe('the seed against the spec', () => {
  test('no drift: every held rule unchanged, no table, key type or statement differs', () => {
    const d = checkAgainstSpec(page('source/ImportKeyPair.txt'), inputs);
    expect(d.drift).toBe(false);
    expect(d.rules.filter((r) => r.status !== 'unchanged')).toEqual([]);
    expect([d.tables, d.statements, d.keyTypes]).toEqual([[], [], { added: [], removed: [] }]);
    expect(d.rules.length).toBeGreaterThan(25);
    expect(d.revision).toBe('same revision (2026-06-18)');
  });

  test('the same rules in another layout (the seed as a markdown table) are no drift', () => {
    const d = checkAgainstSpec(readPage(fixture('seed-as-markdown.md'), 'seed-as-markdown.md'), inputs);
    expect(d.drift).toBe(false);
    expect(d.rules.every((r) => r.status === 'unchanged')).toBe(true);
  });

  test('a changed number in the layout-only rewrite is drift again (the check can fail)', () => {
    const text = fixture('seed-as-markdown.md').replace('maximum of 500 key pairs', 'maximum of 1000 key pairs');
    const d = checkAgainstSpec(readPage(text, 'edited.md'), inputs);
    expect(d.drift).toBe(true);
    expect(rule(d, 'IKP-QUOTA').citations[0]!.changes).toEqual([{ kind: 'number', old: '500', new: '1000' }]);
  });
});

describe('2020-11-02 against the spec', () => {
  test('is drift, and says the page is older than the spec', () => {
    expect(d2020.drift).toBe(true);
    expect(d2020.revision).toBe('2020-11-02.md (2020-11-02) is older than the spec (2026-06-18)');
  });

  test('IKP-NAME-FIRST-CHAR changed: "a letter or Chinese character" → "a letter", cited by a Chinese case', () => {
    const r = rule(d2020, 'IKP-NAME-FIRST-CHAR');
    expect(r.status).toBe('changed');
    expect(r.citations[0]).toMatchObject({
      old: 'must start with a letter or Chinese character',
      new: 'It must start with a letter',
    });
    expect(r.citations[0]!.changes).toContainEqual({ kind: 'character-class', old: 'Chinese characters' });
    expect(r.cases).toContain('ikp-name-first-char/valid-class/chinese');
  });

  test('IKP-NAME-CHARSET changed: periods, Unicode letters and Chinese characters no longer allowed', () => {
    const r = rule(d2020, 'IKP-NAME-CHARSET');
    expect(r.status).toBe('changed');
    expect(r.citations[0]!.new).toBe('It can contain letters, digits, colons (:), underscores (_), and hyphens (-).');
    const classes = r.citations[0]!.changes.filter((c) => c.kind === 'character-class');
    expect(classes).toEqual([
      { kind: 'character-class', old: 'periods (.)' },
      { kind: 'character-class', old: 'letters categorized as letter in Unicode' },
      { kind: 'character-class', old: 'Chinese characters' },
    ]);
    expect(r.cases).toContain('ikp-name-charset/valid-class/period');
  });

  test('IKP-NAME-UNIQUE changed: "unique" → "globally unique"; the row KeyPair.AlreadyExist is unchanged', () => {
    const r = rule(d2020, 'IKP-NAME-UNIQUE');
    expect(r.citations.map((c) => [c.cites, c.status])).toEqual([
      ['sentence in parameter KeyPairName', 'changed'],
      ['error row 400 KeyPair.AlreadyExist', 'unchanged'],
    ]);
    expect(r.citations[0]).toMatchObject({ new: 'The name must be globally unique.' });
    expect(r.citations[0]!.changes).toEqual([{ kind: 'word', new: 'globally' }]);
    expect(r.cases).toContain('ikp-name-unique/duplicate-name/second-import');
  });

  test('IKP-BODY-KEY-TYPE changed: seven certificate key types added, also listed as new key types', () => {
    const r = rule(d2020, 'IKP-BODY-KEY-TYPE');
    expect(r.citations[0]!.changes[0]).toMatchObject({ kind: 'key-type' });
    expect(d2020.keyTypes.added).toHaveLength(7);
    expect(d2020.keyTypes.added).toContain('ssh-rsa-cert-v01@openssh.com');
    expect(r.cases).toContain('ikp-body-key-type/unsupported-key-type/ed25519');
  });

  test('IKP-TAG-KEY-PREFIX changed in word order only: "aliyun or acs:" → "acs: or aliyun"', () => {
    expect(rule(d2020, 'IKP-TAG-KEY-PREFIX').citations[0]!.changes).toEqual([
      { kind: 'order', old: 'It cannot start with aliyun or acs:', new: 'It cannot start with acs: or aliyun' },
    ]);
  });

  test('the parameter table: Action is a parameter the spec does not have', () => {
    expect(row(d2020, 'parameter', 'Action')).toMatchObject({ change: 'added', cases: [] });
  });

  test('the parameter table: the descriptions of KeyPairName and Tag.N.Value differ, with their cases', () => {
    const name = row(d2020, 'parameter', 'KeyPairName')!;
    expect(name.change).toBe('changed');
    expect(name.fields.map((f) => f.field)).toEqual(['description']);
    expect(name.cases).toContain('ikp-name-first-char/valid-class/chinese');
    const value = row(d2020, 'parameter', 'Tag.N.Value')!;
    expect(value.fields[0]!.new).toContain('cannot start with acs:');
    expect(value.cases).toContain('ikp-tag-value-url/forbidden-substring/http');
  });

  test('the tags listed as Tag.N.Key and Tag.N.Value still count as the array Tag', () => {
    expect(row(d2020, 'parameter', 'Tag')).toBeUndefined();
  });

  test('the error table: same seven codes and statuses, descriptions reworded', () => {
    const errors = d2020.tables.filter((t) => t.table === 'error');
    expect(errors.map((t) => t.change)).toEqual(Array(7).fill('changed'));
    expect(errors.flatMap((t) => t.fields.map((f) => f.field))).not.toContain('status');
    expect(row(d2020, 'error', '400 KeyPair.AlreadyExist')!.cases).toContain(
      'ikp-name-unique/duplicate-name/second-import',
    );
  });

  test('new statements no rule covers are listed with the old statement they may replace', () => {
    expect(d2020.statements).toContainEqual({
      where: 'parameter Tag.N.Key',
      text: 'The key of tag N to be bound to the key pair.',
      kind: 'statement',
      was: 'The key of tag N of the key pair.',
    });
  });
});

describe('2018-06-13 against the spec', () => {
  test('every tag rule is gone: the page has no Tag.N.Key or Tag.N.Value', () => {
    for (const id of ['IKP-TAG-INDEX', 'IKP-TAG-KEY-NONEMPTY', 'IKP-TAG-KEY-LENGTH', 'IKP-TAG-VALUE-URL']) {
      expect(rule(d2018, id).status, id).toBe('gone');
    }
    expect(rule(d2018, 'IKP-TAG-KEY-LENGTH').citations[0]!.note).toBe('2018-06-13.md has no parameter Tag.N.Key');
    expect(row(d2018, 'parameter', 'Tag.N.Key')).toMatchObject({ change: 'removed' });
    expect(row(d2018, 'parameter', 'Tag')).toMatchObject({ change: 'removed' });
  });

  test('the resource group is gone: no parameter ResourceGroupId, no row InvalidResourceGroup.NotFound', () => {
    const r = rule(d2018, 'IKP-RG-EXISTS');
    expect(r.status).toBe('gone');
    expect(r.cases).toContain('ikp-rg-exists/unknown-resource-group/unknown');
    expect(row(d2018, 'parameter', 'ResourceGroupId')).toMatchObject({ change: 'removed' });
    expect(row(d2018, 'error', '404 InvalidResourceGroup.NotFound')).toMatchObject({ change: 'removed' });
  });

  test('the duplicate-name row differs: KeyPair.AlreadyExist is gone, nearest is InvalidKeyPairName.Malformed', () => {
    const removed = row(d2018, 'error', '400 KeyPair.AlreadyExist')!;
    expect(removed.change).toBe('removed');
    expect(removed.note).toContain('nearest row: 400 InvalidKeyPairName.Malformed');
    expect(removed.note).toContain('invalid or already exists');
    expect(removed.cases).toContain('ikp-name-unique/duplicate-name/second-import');
    const malformed = row(d2018, 'error', '400 InvalidKeyPairName.Malformed')!;
    expect(malformed.fields).toContainEqual(
      expect.objectContaining({ field: 'description', new: 'The specified KeyPairName is invalid or already exists.' }),
    );
  });

  test('IKP-NAME-UNIQUE changed: the sentence stayed, its error row is gone', () => {
    const r = rule(d2018, 'IKP-NAME-UNIQUE');
    expect(r.status).toBe('changed');
    expect(r.citations.map((c) => c.status)).toEqual(['unchanged', 'gone']);
  });

  test('IKP-NAME-FIRST-CHAR changed: "a letter or Chinese character" → "an … English letter"', () => {
    const c = rule(d2018, 'IKP-NAME-FIRST-CHAR').citations[0]!;
    expect(c.new).toBe('Must begin with an uppercase or lowercase English letter.');
    expect(c.changes).toContainEqual({ kind: 'character-class', old: 'Chinese characters' });
    expect(c.changes).toContainEqual({ kind: 'character-class', new: 'English letters' });
  });

  test('the error table: MissingParameter names RegionId, InvalidRegionId.NotFound is an extra row', () => {
    const missing = row(d2018, 'error', '400 MissingParameter')!;
    expect(missing.fields[0]!.changes).toEqual([{ kind: 'word', old: 'PublicKeyBody', new: 'RegionId' }]);
    expect(row(d2018, 'error', '404 InvalidRegionId.NotFound')).toMatchObject({
      change: 'added',
      note: 'the spec has this code among the common errors',
    });
  });

  test('the response table: RequestId is not listed', () => {
    expect(rule(d2018, 'IKP-RESP-REQUEST-ID').status).toBe('gone');
    expect(row(d2018, 'response', 'RequestId')).toMatchObject({ change: 'removed' });
  });
});

describe('one revision against another', () => {
  const d = checkPages(page('source/revisions/2018-06-13.md'), page('source/revisions/2020-11-02.md'), inputs);

  test('2018 → 2020: tag and resource-group rules are added, not matched to other sentences', () => {
    expect(d.drift).toBe(true);
    expect(rule(d, 'IKP-TAG-KEY-LENGTH')).toMatchObject({ status: 'added' });
    expect(rule(d, 'IKP-TAG-KEY-LENGTH').citations[0]!.new).toBe('It can be up to 128 characters in length.');
    expect(rule(d, 'IKP-RG-EXISTS').status).toBe('added');
  });

  test('2018 → 2020: the first character went from an English letter to a letter', () => {
    const c = rule(d, 'IKP-NAME-FIRST-CHAR').citations[0]!;
    expect([c.old, c.new]).toEqual([
      'Must begin with an uppercase or lowercase English letter.',
      'It must start with a letter',
    ]);
    expect(c.changes).toContainEqual({ kind: 'character-class', old: 'English letters' });
  });

  test('2018 → 2020: KeyPair.AlreadyExist appears, InvalidRegionId.NotFound leaves the table', () => {
    expect(row(d, 'error', '400 KeyPair.AlreadyExist')).toMatchObject({ change: 'added' });
    expect(row(d, 'error', '404 InvalidRegionId.NotFound')).toMatchObject({ change: 'removed' });
  });

  test('a page against itself is no drift', () => {
    const same = checkPages(page('source/revisions/2020-11-02.md'), page('source/revisions/2020-11-02.md'), inputs);
    expect(same.drift).toBe(false);
  });
});
