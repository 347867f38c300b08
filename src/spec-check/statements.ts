import { comparable } from './normalize.ts';
import { findNearest, scopesOf } from './locate.ts';
import type { Page } from './page-model.ts';
import type { NewStatement } from './types.ts';

/**
 * Statements of the new revision that no rule covers and the old side never made: a new
 * limit, a new sentence in a parameter's description. New rows of a table are table changes,
 * not statements, so only the description and the rows both sides have are read here.
 */

/**
 * The new statements of `neu`. `covered` holds `scope#index` of statements a rule was found in;
 * `known` are further statements the old side knew (the source text the spec was taken from).
 */
export function newStatements(
  old: Page,
  neu: Page,
  covered: Set<string>,
  known: readonly string[] = [],
): NewStatement[] {
  const oldScopes = scopesOf(old);
  const seen = new Set([...oldScopes.flatMap((s) => s.statements), ...known].map(comparable));
  const shared = new Set(oldScopes.map((s) => s.key));
  const out: NewStatement[] = [];
  for (const scope of scopesOf(neu)) {
    if (scope.key.startsWith('error:') || !shared.has(scope.key)) continue;
    const before = oldScopes.filter((s) => s.key === scope.key);
    scope.statements.forEach((text, i) => {
      if (covered.has(`${scope.key}#${i}`) || seen.has(comparable(text))) return;
      const s: NewStatement = { where: scope.label, text, kind: /\d/.test(text) ? 'limit' : 'statement' };
      const was = findNearest(text, before);
      if (was) s.was = was.text;
      out.push(s);
    });
  }
  return out;
}
