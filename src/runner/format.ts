import type { CaseResult } from './result.ts';

/** A failed case as a person reads it: the broken rules, each mismatch, and a replay line. */
export function formatFailure(r: CaseResult): string {
  const lines = [`${r.id}: ${r.title}`, `  broken rule(s): ${r.brokenRules.join(', ')}`];
  r.steps.forEach((s, i) => {
    for (const m of s.mismatches) {
      lines.push(
        `  step ${i + 1} ${s.request.action}: ${m.path} expected ${m.expected}, got ${JSON.stringify(m.actual)}${m.rule ? ` [${m.rule}]` : ''}`,
      );
    }
    if (s.mismatches.length > 0 && s.curl) lines.push(`  replay (re-sign before sending): ${s.curl}`);
  });
  return lines.join('\n');
}
