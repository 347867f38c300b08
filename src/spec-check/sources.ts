import type { Rule } from '../spec/types.ts';

/**
 * What a rule's `source` cites of the document: sentences quoted word for word, error-table
 * rows ("Row 400 MissingParameter"), parameter-table facts ("Parameter table: RegionId,
 * Required: Yes") and response elements ("Response elements: RequestId, string"). A rule
 * that cites none of these is reasoning, not a quotation, and is not held against a page.
 */

/** One thing a rule cites. */
export type Citation =
  | { kind: 'quote'; text: string }
  | { kind: 'row'; status: number; code: string }
  | { kind: 'parameter'; name: string; required: boolean }
  | { kind: 'response'; name: string };

// A shorter quotation ("Error codes") names a heading, not a statement.
const MIN_QUOTE = 12;

/**
 * The citations of a rule, in the order its source states them. A rule taken from another
 * document (`from`) cites nothing of the operation's page.
 */
export function citationsOf(rule: Pick<Rule, 'source' | 'from'>): Citation[] {
  if (rule.from !== undefined) return [];
  const s = rule.source;
  const out: Citation[] = quotes(s).map((text) => ({ kind: 'quote', text }));
  for (const m of s.matchAll(/\b[Rr]ow (\d{3}) ([A-Za-z][\w.]*[\w])/g))
    out.push({ kind: 'row', status: Number(m[1]), code: m[2]! });
  for (const m of s.matchAll(/Parameter table: ([A-Za-z][\w.]*), Required: (Yes|No)/g))
    out.push({ kind: 'parameter', name: m[1]!, required: m[2] === 'Yes' });
  for (const m of s.matchAll(/Response elements: ([A-Za-z]\w*)/g)) out.push({ kind: 'response', name: m[1]! });
  return out;
}

// Quotations between double quotes. A quotation that itself holds quotes ("The input parameter
// "PublicKeyBody" that is …") shows up as pieces starting or ending with a space: then the
// whole span from the first quote to the last is the quotation.
function quotes(s: string): string[] {
  const pieces = [...s.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const nested = pieces.some((p) => /^\s|\s$/.test(p));
  const all = nested ? [s.slice(s.indexOf('"') + 1, s.lastIndexOf('"'))] : pieces;
  return all.filter((q) => q.length >= MIN_QUOTE);
}
