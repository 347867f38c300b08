import type { Difference } from './differences.ts';
import type { CitationFinding, Drift, RuleFinding, RuleStatus, TableChange } from './types.ts';

/**
 * The drift for a person who has not read the spec: each rule with its id and title, the old
 * sentence, the new one, what changed in words, and the cases affected; then the tables, the
 * key types and the new statements. JSON carries the same, plus the structured differences.
 */

// Page text is untrusted input: no raw HTML, no pipes or line breaks that would break a table or list.
function mdCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function mdCode(s: string): string {
  return `\`${s.replace(/`/g, "'").replace(/\s*\n\s*/g, ' ')}\``;
}

const KIND: Record<Difference['kind'], string> = {
  number: 'number',
  'character-class': 'character class',
  'key-type': 'key type',
  word: 'words',
  order: 'word order',
  wording: 'small words',
};

/** One difference as a phrase: `character class removed: "periods (.)"`, `words: "unique" → "globally unique"`. */
export function describeDifference(d: Difference): string {
  const label = KIND[d.kind];
  if (d.old !== undefined && d.new !== undefined) return `${label}: "${d.old}" → "${d.new}"`;
  return d.old !== undefined ? `${label} removed: "${d.old}"` : `${label} added: "${d.new}"`;
}

/** Counts of rules by status, for the headline. */
export function ruleCounts(d: Drift): Record<RuleStatus, number> {
  const out: Record<RuleStatus, number> = { unchanged: 0, changed: 0, gone: 0, added: 0, absent: 0 };
  for (const r of d.rules) out[r.status]++;
  return out;
}

/** The drift as JSON for people and tools: rules that moved in full, unchanged ones by id. */
export function renderJson(d: Drift): string {
  const moved = d.rules.filter((r) => r.status !== 'unchanged' && r.status !== 'absent');
  const out = {
    verdict: d.drift ? 'drift' : 'no drift',
    old: d.old,
    new: d.new,
    revision: d.revision,
    summary: {
      rules: ruleCounts(d),
      notHeld: d.notHeld.length,
      tableRows: d.tables.length,
      keyTypes: d.keyTypes,
      newStatements: d.statements.length,
    },
    rules: moved.map((r) => ({
      ...r,
      citations: r.citations.map((c) => ({ ...c, whatChanged: c.changes.map(describeDifference) })),
    })),
    unchangedRules: d.rules.filter((r) => r.status === 'unchanged').map((r) => r.id),
    absentRules: d.rules.filter((r) => r.status === 'absent').map((r) => r.id),
    notHeld: d.notHeld,
    tables: d.tables.map((t) => ({
      ...t,
      fields: t.fields.map((f) => ({ ...f, whatChanged: f.changes.map(describeDifference) })),
    })),
    keyTypes: d.keyTypes,
    statements: d.statements,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The drift as Markdown. */
export function renderMarkdown(d: Drift): string {
  const n = ruleCounts(d);
  const side = (s: Drift['old']): string => `${mdCell(s.label)}, revision ${s.revision ?? 'unknown'}`;
  const out = [
    `# ${d.drift ? 'Drift' : 'No drift'}: ${mdCell(d.new.label)} against ${mdCell(d.old.label)}`,
    '',
    `- old: ${side(d.old)}`,
    `- new: ${side(d.new)}`,
    `- revision: ${mdCell(d.revision)}`,
    `- rules held: ${n.unchanged} unchanged, ${n.changed} changed, ${n.gone} gone` +
      (n.added + n.absent > 0 ? `, ${n.added} added, ${n.absent} in neither` : '') +
      `; ${d.notHeld.length} not held (they quote no sentence of the document)`,
    `- table rows that differ: ${d.tables.length}; key types added ${d.keyTypes.added.length}, ` +
      `removed ${d.keyTypes.removed.length}; new statements no rule covers: ${d.statements.length}`,
  ];
  const moved = d.rules.filter((r) => r.status !== 'unchanged' && r.status !== 'absent');
  if (moved.length > 0) out.push('', '## Rules', '', ...moved.flatMap(ruleSection));
  if (d.tables.length > 0) out.push('', '## Tables', '', ...d.tables.flatMap(tableSection));
  if (d.keyTypes.added.length + d.keyTypes.removed.length > 0)
    out.push(
      '',
      '## Key types',
      '',
      ...d.keyTypes.added.map((t) => `- added: ${mdCode(t)}`),
      ...d.keyTypes.removed.map((t) => `- removed: ${mdCode(t)}`),
    );
  if (d.statements.length > 0)
    out.push(
      '',
      '## New statements no rule covers',
      '',
      ...d.statements.map(
        (s) =>
          `- ${s.kind === 'limit' ? '**limit** ' : ''}in ${mdCell(s.where)}: "${mdCell(s.text)}"` +
          (s.was ? ` (was: "${mdCell(s.was)}")` : ''),
      ),
    );
  out.push('', `## Unchanged rules (${n.unchanged})`, '', ids(d.rules.filter((r) => r.status === 'unchanged')));
  out.push('', `## Not held (${d.notHeld.length})`, '', ids(d.notHeld));
  return `${out.join('\n')}\n`;
}

function ids(rs: ReadonlyArray<{ id: string }>): string {
  return rs.length === 0 ? '(none)' : rs.map((r) => mdCode(r.id)).join(', ');
}

function ruleSection(r: RuleFinding): string[] {
  return [
    `### ${mdCode(r.id)} ${mdCell(r.title)}: ${r.status}`,
    '',
    ...r.citations.filter((c) => c.status !== 'unchanged').flatMap(citationLines),
    `Cases affected (${r.cases.length}): ${r.cases.length > 0 ? r.cases.map(mdCode).join(', ') : 'none'}`,
    '',
  ];
}

function citationLines(c: CitationFinding): string[] {
  const wordingOnly = c.changes.length > 0 && c.changes.every((x) => x.kind === 'wording' || x.kind === 'order');
  return [
    `${mdCell(c.cites)}: **${c.status}**${wordingOnly ? ' (wording only)' : ''}`,
    ...(c.old !== undefined ? [`- old: "${mdCell(c.old)}"`] : []),
    ...(c.new !== undefined ? [`- new: "${mdCell(c.new)}"`] : []),
    ...(c.changes.length > 0
      ? [`- what changed: ${c.changes.map((x) => mdCell(describeDifference(x))).join('; ')}`]
      : []),
    ...(c.note ? [`- note: ${mdCell(c.note)}`] : []),
    '',
  ];
}

function quoted(s: string | undefined): string {
  return s === undefined ? '(none)' : `"${mdCell(s)}"`;
}

function tableSection(t: TableChange): string[] {
  const head = `### ${t.table} ${mdCode(t.name)}: ${t.change}`;
  const fields = t.fields.flatMap((f) => [
    `- ${f.field}: ${quoted(f.old)} → ${quoted(f.new)}`,
    ...(f.changes.length > 0
      ? [`  - what changed: ${f.changes.map((x) => mdCell(describeDifference(x))).join('; ')}`]
      : []),
  ]);
  return [
    head,
    '',
    ...fields,
    ...(t.note ? [`- note: ${mdCell(t.note)}`] : []),
    `- rules: ${t.rules.length > 0 ? t.rules.map(mdCode).join(', ') : 'none'}`,
    `- cases affected (${t.cases.length}): ${t.cases.length > 0 ? t.cases.map(mdCode).join(', ') : 'none'}`,
    '',
  ];
}
