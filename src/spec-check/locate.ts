import { clauses, comparable, containsWording, sentences } from './normalize.ts';
import { cellStatements, type Page } from './page-model.ts';
import { similarity } from './similarity.ts';

/**
 * Where a sentence sits in a page, and the nearest wording when it is not there word for
 * word. A page is cut into scopes — the description, each parameter, each response element,
 * each error row — so a rule about KeyPairName is looked for in KeyPairName's description
 * before anywhere else, and a missing parameter means a missing rule, not a far-fetched match.
 */

/** A part of a page that holds statements: `description`, `parameter:KeyPairName`, `error:MissingParameter` … */
export interface Scope {
  key: string;
  /** How a reader names it: "parameter KeyPairName", "error row 400 MissingParameter". */
  label: string;
  statements: string[];
}

/** A wording found in a scope: the statements it spans, and whether it is there word for word. */
export interface Found {
  scope: Scope;
  /** The text found: the sought wording itself when exact, else the nearest sentence, clause or pair. */
  text: string;
  /** Indices of the scope's statements the text lies in. */
  at: number[];
  exact: boolean;
  score: number;
}

/** Below this similarity nothing is "the nearest sentence": the statement is gone. */
export const MIN_SIMILARITY = 0.3;

/** The scopes of a page. */
export function scopesOf(page: Page): Scope[] {
  return [
    { key: 'description', label: 'description', statements: page.description },
    ...page.parameters.map((p) => ({
      key: `parameter:${p.name}`,
      label: `parameter ${p.name}`,
      statements: cellStatements(p.description),
    })),
    ...page.response.map((f) => ({
      key: `response:${f.name}`,
      label: `response element ${f.name}`,
      statements: cellStatements(f.description),
    })),
    ...page.errors.map((e) => ({
      key: `error:${e.code}`,
      label: `error row ${e.status} ${e.code}`,
      statements: [...sentences(e.message), ...sentences(e.description)],
    })),
  ];
}

/** Every scope that holds `text` word for word (within one statement or a run of them). */
export function findExact(text: string, scopes: readonly Scope[]): Found[] {
  return scopes.flatMap((scope) => {
    const at = spanOf(text, scope.statements);
    return at ? [{ scope, text, at, exact: true, score: 1 }] : [];
  });
}

// The shortest run of statements whose joined wording contains `text`.
function spanOf(text: string, statements: readonly string[]): number[] | undefined {
  for (let n = 1; n <= Math.min(4, statements.length); n++)
    for (let i = 0; i + n <= statements.length; i++)
      if (containsWording(statements.slice(i, i + n).join(' '), text))
        return Array.from({ length: n }, (_, k) => i + k);
  return undefined;
}

/** The sentence, clause or pair of sentences in `scopes` nearest to `text`, if any is near enough. */
export function findNearest(text: string, scopes: readonly Scope[]): Found | undefined {
  let best: Found | undefined;
  const span = Math.max(1, sentences(text).length);
  for (const scope of scopes)
    for (const unit of unitsOf(scope.statements, span)) {
      const score = similarity(text, unit.text);
      const better = !best || score > best.score || (score === best.score && unit.text.length < best.text.length);
      if (score >= MIN_SIMILARITY && better) best = { scope, text: unit.text, at: unit.at, exact: false, score };
    }
  return best;
}

// Candidates for "the nearest": each statement, each of its clauses, and runs of neighbours up to
// as many statements as the sought wording has sentences (a one-sentence rule is never matched
// against two sentences, which would only add words to the match).
function unitsOf(statements: readonly string[], span: number): Array<{ text: string; at: number[] }> {
  return statements.flatMap((s, i) => [
    { text: s, at: [i] },
    ...clauses(s).map((c) => ({ text: c, at: [i] })),
    ...Array.from({ length: Math.min(span, statements.length - i) - 1 }, (_, k) => ({
      text: statements.slice(i, i + k + 2).join(' '),
      at: Array.from({ length: k + 2 }, (_, m) => i + m),
    })),
  ]);
}

/** True when two wordings are the same once layout is ignored. */
export function sameWording(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}
