import type { Operation } from '../spec/types.ts';
import type { Page } from './page-model.ts';
import { ruleFindings } from './rules.ts';
import { newStatements } from './statements.ts';
import { keyTypeChanges, stakesOf, tableChanges } from './tables.ts';
import type { CaseIndex, Drift } from './types.ts';

/**
 * Holds a new revision of the page against an old side — the spec seen as a page
 * (spec-page.ts), or an older page — and returns the drift as a value.
 */

/** What a comparison needs besides the two sides. */
export interface CompareContext {
  /** The operation whose rules are held (and whose tables say which rules a row carries). */
  operation: Operation;
  cases: CaseIndex;
  /** Statements the old side knew without stating them (the spec's source text). */
  known?: readonly string[];
  /** Error codes the spec keeps among the common errors. */
  commonCodes?: readonly string[];
  /** The spec as a page, where each rule's quotes are at home; by default the old side. */
  home?: Page;
}

/** The drift from `old` to `neu`. */
export function compare(old: Page, neu: Page, ctx: CompareContext): Drift {
  const { rules, notHeld, covered } = ruleFindings(old, neu, ctx.operation, ctx.cases, ctx.home);
  const tables = tableChanges(old, neu, stakesOf(ctx.operation, ctx.cases), ctx.commonCodes);
  const keyTypes = keyTypeChanges(old, neu);
  const statements = newStatements(old, neu, covered, ctx.known);
  const drift =
    rules.some((r) => r.status !== 'unchanged' && r.status !== 'absent') ||
    tables.length > 0 ||
    keyTypes.added.length + keyTypes.removed.length > 0 ||
    statements.length > 0;
  return {
    old: side(old),
    new: side(neu),
    revision: revisionNote(old, neu),
    drift,
    rules,
    notHeld,
    tables,
    keyTypes,
    statements,
  };
}

function side(p: Page): Drift['old'] {
  return p.revision ? { label: p.label, revision: p.revision } : { label: p.label };
}

// A new date alone is no drift (a page re-published with the same rules), but it is said,
// so that the new revision gets recorded in specs/.
function revisionNote(old: Page, neu: Page): string {
  const o = old.revision;
  const n = neu.revision;
  if (!o || !n) return `revision ${n ?? 'unknown'} of ${neu.label} against revision ${o ?? 'unknown'} of ${old.label}`;
  if (o === n) return `same revision (${n})`;
  return n > o
    ? `${neu.label} (${n}) is newer than ${old.label} (${o}): once it is reviewed, record ${n} as the revision`
    : `${neu.label} (${n}) is older than ${old.label} (${o})`;
}
