import type { Evidence } from '../spec/types.ts';
import type { Difference } from './differences.ts';

/**
 * The drift between two revisions of the page (or the spec and a page), as plain data:
 * rule by rule, table by table, and the statements no rule covers. Rendered by render.ts.
 */

/**
 * A rule's wording in the new revision: `unchanged`, `changed` (with the nearest new wording),
 * `gone`; between two pages also `added` (absent from the old page, present in the new) and
 * `absent` (in neither).
 */
export type RuleStatus = 'unchanged' | 'changed' | 'gone' | 'added' | 'absent';

/** One thing a rule cites (a sentence, an error row, a parameter or response element), old and new. */
export interface CitationFinding {
  /** What is cited and where: "sentence in parameter KeyPairName", "error row 400 KeyPair.AlreadyExist". */
  cites: string;
  status: RuleStatus;
  old?: string;
  new?: string;
  changes: Difference[];
  note?: string;
}

/** A rule held against the new revision, with the cases that cite it. */
export interface RuleFinding {
  id: string;
  title: string;
  evidence: Evidence;
  status: RuleStatus;
  citations: CitationFinding[];
  cases: string[];
}

/** A field of a table row that differs. */
export interface FieldChange {
  field: 'type' | 'required' | 'description' | 'status' | 'message';
  old?: string;
  new?: string;
  changes: Difference[];
}

/** A row of the parameter, response or error table that was added, removed or changed. */
export interface TableChange {
  table: 'parameter' | 'response' | 'error';
  /** Parameter or element name; for an error row, "400 KeyPair.AlreadyExist". */
  name: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  note?: string;
  /** The rules that cite this row, and the cases that cite those rules or expect this error code. */
  rules: string[];
  cases: string[];
}

/** A statement of the new revision that no rule covers and the old one did not make. */
export interface NewStatement {
  where: string;
  text: string;
  /** `limit` when it states a number. */
  kind: 'limit' | 'statement';
  /** The nearest statement of the old side in the same place, when one is near: what it may replace. */
  was?: string;
}

/** One side of a comparison. */
export interface Side {
  label: string;
  revision?: string;
}

/** Everything that differs between the old side and the new one. */
export interface Drift {
  old: Side;
  new: Side;
  /** A sentence on the two revision dates. */
  revision: string;
  drift: boolean;
  rules: RuleFinding[];
  /** Rules whose source quotes nothing of the document (reasoning, observations). */
  notHeld: Array<{ id: string; title: string; evidence: Evidence }>;
  tables: TableChange[];
  keyTypes: { added: string[]; removed: string[] };
  statements: NewStatement[];
}

/** The cases of `suites/` that cite each rule id, and that expect each error code. */
export interface CaseIndex {
  byRule: Record<string, string[]>;
  byCode: Record<string, string[]>;
}
