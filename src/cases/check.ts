/**
 * What the schema cannot see in a case: references. Every rule id a case cites must be a
 * rule of the spec (a typo would otherwise pass silently and cover nothing), every
 * `fingerprint-of` must name a key variable, every `perCall` a variable of the case, and
 * every `import-batch` step a name variable.
 */
import { allRules, defaultSpec } from '../spec/load.ts';
import type { Spec } from '../spec/types.ts';
import { ruleRefs } from './refs.ts';
import type { Case, VarSpec } from './types.ts';

/** The key variables of a case: `key` vars, and `same` vars copying one. */
function keyVars(vars: Record<string, VarSpec> | undefined): Set<string> {
  const keys = new Set<string>();
  for (const [name, v] of Object.entries(vars ?? {}))
    if ('key' in v || ('same' in v && keys.has(v.same))) keys.add(name);
  return keys;
}

/** Every `fingerprint-of` key named anywhere in a case's steps. */
function fingerprintKeys(steps: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      const m = v as { match?: unknown; key?: unknown };
      if (m.match === 'fingerprint-of' && typeof m.key === 'string') out.push(m.key);
      Object.values(v).forEach(walk);
    }
  };
  walk(steps);
  return out;
}

/** What is wrong with the references of case `c`, one sentence each; empty when nothing is. */
export function caseProblems(c: Case, spec: Spec = defaultSpec()): string[] {
  const rules = new Set(allRules(spec).map((r) => r.id));
  const keys = keyVars(c.vars);
  const vars = new Set(Object.keys(c.vars ?? {}));
  const problems = [...ruleRefs(c)]
    .filter((r) => !rules.has(r))
    .map((r) => `cites rule ${r}, which the spec does not have`);
  for (const k of fingerprintKeys(c.steps))
    if (!keys.has(k)) problems.push(`fingerprint-of names ${k}, which is not a key variable of the case`);
  for (const s of c.steps)
    for (const v of ('perCall' in s ? s.perCall : undefined) ?? [])
      if (!vars.has(v)) problems.push(`perCall names ${v}, which is not a variable of the case`);
  for (const s of c.steps) {
    const named = 'builtin' in s && s.builtin === 'import-batch' ? c.vars?.[s.name] : undefined;
    if ('builtin' in s && s.builtin === 'import-batch' && (named === undefined || !('name' in named)))
      problems.push(`import-batch names ${s.name}, which is not a name variable of the case`);
  }
  return problems;
}
