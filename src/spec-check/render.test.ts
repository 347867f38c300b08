import { describe, expect, test } from 'vitest';
import { describeDifference, renderJson, renderMarkdown } from './render.ts';
import type { Drift } from './types.ts';

const drift: Drift = {
  old: { label: 'the spec', revision: '2026-06-18' },
  new: { label: 'page.md', revision: '2020-11-02' },
  revision: 'page.md (2020-11-02) is older than the spec (2026-06-18)',
  drift: true,
  rules: [
    {
      id: 'IKP-NAME-UNIQUE',
      title: 'A second import of an existing name fails',
      evidence: 'documented',
      status: 'changed',
      citations: [
        {
          cites: 'sentence in parameter KeyPairName',
          status: 'changed',
          old: 'The name must be unique.',
          new: 'The name must be globally unique.',
          changes: [{ kind: 'word', new: 'globally' }],
        },
      ],
      cases: ['ikp-name-unique/duplicate-name/second-import'],
    },
    { id: 'IKP-QUOTA', title: 'Quota', evidence: 'documented', status: 'unchanged', citations: [], cases: [] },
  ],
  notHeld: [{ id: 'IKP-OBS-NAME-CASE', title: 'Name case', evidence: 'undocumented' }],
  tables: [
    {
      table: 'error',
      name: '400 KeyPair.AlreadyExist',
      change: 'removed',
      fields: [{ field: 'message', old: 'The key pair already exist.', changes: [] }],
      note: 'nearest row: 400 InvalidKeyPairName.Malformed',
      rules: ['IKP-NAME-UNIQUE'],
      cases: ['ikp-name-unique/duplicate-name/second-import'],
    },
  ],
  keyTypes: { added: ['ssh-rsa-cert-v01@openssh.com'], removed: [] },
  statements: [{ where: 'description', text: 'A <b>new</b> | limit of 5.', kind: 'limit' }],
};

describe('render', () => {
  test('describes a difference as a phrase', () => {
    expect(describeDifference({ kind: 'word', new: 'globally' })).toBe('words added: "globally"');
    expect(describeDifference({ kind: 'number', old: '500', new: '1000' })).toBe('number: "500" → "1000"');
    expect(describeDifference({ kind: 'character-class', old: 'periods (.)' })).toBe(
      'character class removed: "periods (.)"',
    );
  });

  test('Markdown names the rule, its title, old and new sentences, what changed and the cases', () => {
    const md = renderMarkdown(drift);
    expect(md).toMatch(/^# Drift: page\.md against the spec\n/);
    expect(md).toContain('### `IKP-NAME-UNIQUE` A second import of an existing name fails: changed');
    expect(md).toContain('- old: "The name must be unique."');
    expect(md).toContain('- new: "The name must be globally unique."');
    expect(md).toContain('- what changed: words added: "globally"');
    expect(md).toContain('Cases affected (1): `ikp-name-unique/duplicate-name/second-import`');
    expect(md).toContain('### error `400 KeyPair.AlreadyExist`: removed');
    expect(md).toContain('- added: `ssh-rsa-cert-v01@openssh.com`');
    expect(md).toContain('## Unchanged rules (1)\n\n`IKP-QUOTA`');
  });

  test('Markdown escapes page text: no raw HTML, no table-breaking pipes', () => {
    expect(renderMarkdown(drift)).toContain('"A &lt;b&gt;new&lt;/b&gt; \\| limit of 5."');
  });

  test('JSON carries the verdict, moved rules in full with phrases, unchanged ones by id', () => {
    const j = JSON.parse(renderJson(drift)) as Record<string, unknown> & { rules: Array<Record<string, unknown>> };
    expect(j.verdict).toBe('drift');
    expect(j.rules.map((r) => r.id)).toEqual(['IKP-NAME-UNIQUE']);
    expect(j.rules[0]!.citations).toEqual([expect.objectContaining({ whatChanged: ['words added: "globally"'] })]);
    expect(j.unchangedRules).toEqual(['IKP-QUOTA']);
    expect(j.summary).toMatchObject({ rules: { changed: 1, unchanged: 1 }, tableRows: 1, newStatements: 1 });
  });

  test('no drift says so in the headline', () => {
    expect(renderMarkdown({ ...drift, drift: false })).toMatch(/^# No drift: /);
  });
});
