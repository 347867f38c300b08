/** The kill matrix as text (the terminal) and Markdown (reports/selfcheck/selfcheck.md). Pure. */
import type { MutantOutcome, MutantStatus, SelfcheckReport } from './types.ts';

const LABEL: Record<MutantStatus, string> = {
  killed: 'killed',
  'killed-elsewhere': 'KILLED ONLY ON OTHER RULES',
  survived: 'SURVIVED',
  dead: 'NOT SHOWN LIVE',
  'not-checked': 'EXPLORE-ONLY, NOT CHECKED',
  'equivalent-kept': 'equivalent, not flagged',
  'equivalent-flagged': 'EQUIVALENT FLAGGED',
  'explore-only-caught': 'explore-only, caught by exploration',
  'explore-only-missed': 'EXPLORE-ONLY MISSED',
  'explore-only-killed-by-suite': 'EXPLORE-ONLY KILLED BY SUITE',
  error: 'ERROR',
};

function caughtBy(o: MutantOutcome, max: number): string {
  if (o.error !== undefined) return o.error;
  if ((o.exploreOnly || o.equivalent) && o.killedBy.length === 0) {
    if (o.equivalent && o.exploration?.caught !== true) return '';
    const p = o.exploration?.properties.find((x) => x.status === 'failed');
    return p ? `exploration ${p.property}: ${p.counterexample ?? ''} (${p.rules?.join(', ') ?? ''})` : 'not run';
  }
  const ids = (o.killedBy.length > 0 ? o.killedBy : o.killedElsewhere).map((k) => k.id);
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} … (+${ids.length - max})`;
}

/** The score line. */
export function scoreLine(r: SelfcheckReport): string {
  const s = r.summary;
  return (
    `mutation score: ${s.killed}/${s.killable} non-equivalent mutants killed (${(s.score * 100).toFixed(1)}%); ` +
    `${r.mutants.filter((m) => m.equivalent).length} equivalent, ${s.flaggedEquivalents.length} flagged; ` +
    `${s.exploreOnly.length} explore-only`
  );
}

/** The matrix for a terminal: one line a mutant, then the verdict. */
export function renderText(r: SelfcheckReport): string {
  const width = Math.max(...r.mutants.map((m) => m.mutant.length));
  const lines = r.mutants.map((m) => {
    const status = r.summary.statuses[m.mutant]!;
    const count = m.killedBy.length > 0 ? `${m.killedBy.length} case(s): ` : '';
    return `${LABEL[status].padEnd(36)} ${m.mutant.padEnd(width)}  ${count}${caughtBy(m, 3)}`;
  });
  const verdict = r.summary.ok
    ? 'SELFCHECK PASSED'
    : `SELFCHECK FAILED\n${r.summary.problems.map((p) => `  - ${p}`).join('\n')}`;
  return [
    ...lines,
    '',
    scoreLine(r),
    `${r.cases} cases × ${r.mutants.length} mutants in ${(r.wallMs / 1000).toFixed(1)} s with ${r.jobs} job(s)`,
    verdict,
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The matrix as Markdown: each mutant with its status and the cases that caught it. */
export function renderMarkdown(r: SelfcheckReport): string {
  const rows = r.mutants.map((m) => {
    const kind = m.equivalent ? 'equivalent' : m.exploreOnly ? 'explore-only' : 'killable';
    const status = LABEL[r.summary.statuses[m.mutant]!];
    const caught = cell(caughtBy(m, 50));
    return `| \`${m.mutant}\` | ${kind} | ${cell(m.description)} | ${m.rules.join(', ')} | ${status} | ${caught} |`;
  });
  const byCase = new Map<string, number>();
  for (const m of r.mutants) for (const k of m.killedBy) byCase.set(k.id, (byCase.get(k.id) ?? 0) + 1);
  const top = [...byCase.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([id, n]) => `| \`${id}\` | ${n} |`);
  return [
    '# Self-check: the kill matrix',
    '',
    `${scoreLine(r)}.`,
    '',
    `${r.cases} cases against ${r.mutants.length} mutants, ${(r.wallMs / 1000).toFixed(1)} s with ${r.jobs} job(s), ` +
      `started ${r.startedAt}. Verdict: **${r.summary.ok ? 'passed' : 'failed'}**.`,
    ...(r.summary.problems.length > 0 ? ['', ...r.summary.problems.map((p) => `- ${p}`)] : []),
    '',
    '| mutant | kind | deviation | rules | status | caught by |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Cases that kill the most mutants',
    '',
    '| case | mutants killed |',
    '|---|---|',
    ...top,
    '',
  ].join('\n');
}
