import type { ReportDiff } from './diff.ts';
import { mdCell, mdCodeCell } from './escape.ts';

/** Renders a diff as Markdown: a headline, one table per drifted case, then the informational lists. */
export function renderDiffMarkdown(d: ReportDiff): string {
  const side = (s: ReportDiff['a']): string =>
    `${mdCell(s.target)} · ${mdCell(s.region)} · revision ${mdCell(s.revision)} · ${mdCell(s.date)} · ${s.verdict}`;
  const out = [
    d.drifted.length > 0
      ? `# Drift: ${d.drifted.length} of ${d.compared} compared case(s) changed`
      : `# No drift: ${d.compared} case(s) behave alike`,
    '',
    `- A: ${side(d.a)}`,
    `- B: ${side(d.b)}`,
  ];
  for (const c of d.drifted) {
    out.push(
      '',
      `## ${mdCodeCell(c.id)}`,
      '',
      `${mdCell(c.title)} (A ${c.statusA}, B ${c.statusB})`,
      '',
      '| step | what | field | A | B |',
      '|---|---|---|---|---|',
    );
    for (const ch of c.changes) {
      const cell = (v: string | undefined): string => (v === undefined ? '(absent)' : mdCodeCell(v));
      const step = ch.step === 0 ? '' : `${ch.step} ${ch.action}`;
      out.push(`| ${step} | ${ch.what} | ${mdCodeCell(ch.path)} | ${cell(ch.a)} | ${cell(ch.b)} |`);
    }
  }
  const list = (title: string, ids: string[]): void => {
    if (ids.length > 0) out.push('', `## ${title} (${ids.length})`, '', ...ids.map((id) => `- ${mdCodeCell(id)}`));
  };
  list('Added: only in B', d.added);
  list('Removed: only in A', d.removed);
  if (d.notCompared.length > 0)
    out.push(
      '',
      `## Not compared (${d.notCompared.length})`,
      '',
      ...d.notCompared.map((n) => `- ${mdCodeCell(n.id)}: ${mdCell(n.reason)}`),
    );
  if (d.messages.length > 0) {
    out.push(
      '',
      `## Messages changed (${d.messages.length}, informational: messages are recorded, never asserted)`,
      '',
      '| case | step | field | A | B |',
      '|---|---|---|---|---|',
    );
    const cell = (v: string | undefined): string => (v === undefined ? '(absent)' : mdCell(v));
    for (const m of d.messages)
      out.push(`| ${mdCodeCell(m.id)} | ${m.step} | ${m.field} | ${cell(m.a)} | ${cell(m.b)} |`);
  }
  return `${out.join('\n')}\n`;
}
