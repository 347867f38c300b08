import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCases, parseCaseFile } from '../cases/load.ts';
import { defaultSpec } from '../spec/load.ts';
import { bodyCase, foundFile, foundStem, nameCase, sequenceCase, tagsCase, writeFoundFile } from './found-case.ts';
import { bodyVerdict, nameVerdict, tagsVerdict } from './model.ts';

const spec = defaultSpec();

describe('found cases', () => {
  const nameFinding =
    'a name counterexample becomes a valid case file with origin found and its seed, expecting what the spec says';
  test(nameFinding, () => {
    const stem = foundStem('IKP-NAME-CHARSET', 1234);
    const c = nameCase(
      spec,
      stem,
      { prefix: 'a', suffix: '!${x}', length: 1 },
      'a!${x}',
      nameVerdict(spec, 'a!${x}'),
      '200',
    );
    const dir = mkdtempSync(join(tmpdir(), 'kpc-found-'));
    const path = writeFoundFile(dir, stem, foundFile(c, 'name-rules', 1234));
    expect(path).toBe(join(dir, 'ikp-name-charset-1234.yaml'));
    const parsed = parseCaseFile(readFileSync(path, 'utf8'), path);
    expect(parsed).toMatchObject({ origin: 'found', seed: 1234 });
    expect(parsed.cases[0]).toMatchObject({
      id: 'found/ikp-name-charset-1234',
      polarity: 'negative',
      errorRow: 'InvalidKeyPairName.Malformed',
      vars: { name: { name: { prefix: 'a', suffix: '!${x}', length: 1 } } },
    });
    expect(JSON.stringify(parsed.cases[0]!.steps[0])).toContain('InvalidKeyPairName.Malformed');
  });

  test('tags and bodies become cases whose odd text stays out of the interpolated parameters', () => {
    const tags = [{ index: 3, key: 'acs:${token}', value: '' }];
    const dir = mkdtempSync(join(tmpdir(), 'kpc-found-'));
    const t = tagsCase(spec, 'ikp-tag-key-prefix-1', tags, tagsVerdict(spec, tags), '200');
    writeFoundFile(dir, 'ikp-tag-key-prefix-1', foundFile(t, 'tag-rules', 1));
    const b = bodyCase(
      spec,
      'body-valid-2',
      { kind: 'ecdsa-nistp256', mutation: { kind: 'comment', text: 'me@host' } },
      'ignored',
      { accept: true, rules: ['IKP-BODY-FORMAT'] },
      '400',
    );
    writeFoundFile(dir, 'body-valid-2', foundFile(b, 'body-rules', 2));
    const cases = loadCases(dir);
    expect(cases.map((c) => c.id).sort()).toEqual(['found/body-valid-2', 'found/ikp-tag-key-prefix-1']);
    const tagCase = cases.find((c) => c.id.includes('tag'))!;
    expect(tagCase.vars?.['tag3Key']).toEqual({ literal: 'acs:${token}' });
    expect(JSON.stringify(tagCase.steps)).toContain('"Tag.3.Key":"${tag3Key}"');
    expect(JSON.stringify(cases.find((c) => c.id.includes('body'))!.steps)).toContain('fingerprint-of');
    expect(bodyVerdict(spec, 'x').accept).toBe(false);
  });

  test('a sequence becomes steps with per-name expectations and a listing of the sequence prefix', () => {
    const c = sequenceCase(
      'import-describe-delete-5',
      5,
      [
        { op: 'import', region: 0, name: 0, expect: 'created', rule: 'IKP-NAME-UNIQUE' },
        { op: 'import', region: 1, name: 0, expect: 'created', rule: 'IKP-NAME-UNIQUE-PER-REGION' },
        { op: 'delete', region: 0, names: [0], rule: 'IKP-DELETE-FREES-QUOTA' },
        { op: 'describe', region: 0, held: [], rule: 'IKP-DELETE-FREES-QUOTA' },
      ],
      '200 TotalCount 1',
    );
    const dir = mkdtempSync(join(tmpdir(), 'kpc-found-'));
    writeFoundFile(dir, 'import-describe-delete-5', foundFile(c, 'import-describe-delete', 5));
    const [loaded] = loadCases(dir);
    expect(loaded).toMatchObject({
      requires: ['second-region'],
      scenario: 'persistence',
      rules: ['IKP-NAME-UNIQUE', 'IKP-NAME-UNIQUE-PER-REGION', 'IKP-DELETE-FREES-QUOTA'],
    });
    expect(loaded!.steps.map((s) => ('action' in s ? s.action : 'builtin'))).toEqual([
      'ImportKeyPair',
      'ImportKeyPair',
      'DeleteKeyPairs',
      'DescribeKeyPairs',
    ]);
    expect(JSON.stringify(loaded!.steps[3])).toContain('s5x${token}*');
  });
});
