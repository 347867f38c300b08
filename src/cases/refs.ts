/**
 * What a case cites: the rule ids of its expectations and the error codes it expects, read
 * from the case data itself. The coverage table and the document-drift check both use it.
 */
import type { Case } from './types.ts';

/** Rule ids a case references anywhere: its `rules`, step `rules` and matcher `rule` fields. */
export function ruleRefs(c: Pick<Case, 'rules' | 'steps'>): Set<string> {
  const out = new Set(c.rules);
  const walk = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) for (const x of v) walk(x, key === 'rules' ? 'rule' : undefined);
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === 'string' && key === 'rule') for (const id of v.split(',')) out.add(id);
  };
  walk(c.steps);
  return out;
}

/** Error codes a case expects anywhere (`Code` matchers, `status:Code` counts) plus its errorRow. */
export function codeRefs(c: Pick<Case, 'errorRow' | 'steps'>): Set<string> {
  const out = new Set<string>(c.errorRow ? [c.errorRow] : []);
  const walk = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (key === 'expectCounts' && k.includes(':')) out.add(k.split(':')[1]!);
        walk(x, k === 'value' || k === 'values' ? key : k);
      }
    } else if (typeof v === 'string' && key === 'Code') out.add(v);
  };
  walk(c.steps);
  return out;
}
