import type { Operation, Rule } from '../spec/types.ts';
import { differences } from './differences.ts';
import { findExact, findNearest, scopesOf, type Found, type Scope } from './locate.ts';
import type { Page } from './page-model.ts';
import { nearestRow } from './rows.ts';
import { citationsOf, type Citation } from './sources.ts';
import type { CaseIndex, CitationFinding, Drift, RuleFinding, RuleStatus } from './types.ts';

/**
 * Rule by rule: each sentence a rule quotes is found in the old side (word for word, or the
 * nearest wording of an older page), then in the same place of the new side: unchanged,
 * changed (nearest new wording and what differs) or gone. Cited error rows, parameters and
 * response elements must still be there, with the same status or requirement.
 */

interface Sides {
  old: Page;
  new: Page;
  oldScopes: Scope[];
  newScopes: Scope[];
  /** The spec as a page: where each quoted sentence is at home (the description, a parameter, a row). */
  homeScopes: Scope[];
}

/**
 * The findings for every rule of `op`, and the statements of the new page they cover (`scope#index`).
 * `home` is the spec as a page (the old side itself when holding a page against the spec).
 */
export function ruleFindings(
  old: Page,
  neu: Page,
  op: Operation,
  cases: CaseIndex,
  home: Page = old,
): { rules: RuleFinding[]; notHeld: Drift['notHeld']; covered: Set<string> } {
  const sides: Sides = {
    old,
    new: neu,
    oldScopes: scopesOf(old),
    newScopes: scopesOf(neu),
    homeScopes: scopesOf(home),
  };
  const covered = new Set<string>();
  const rules: RuleFinding[] = [];
  const notHeld: Drift['notHeld'] = [];
  for (const rule of op.rules) {
    const cites = rule.evidence === 'undocumented' ? [] : citationsOf(rule);
    if (cites.length === 0) {
      notHeld.push({ id: rule.id, title: rule.title, evidence: rule.evidence });
      continue;
    }
    const prefer = preferred(rule, cites);
    const found = cites.flatMap((c) => citationFindings(c, sides, prefer, covered));
    rules.push({
      id: rule.id,
      title: rule.title,
      evidence: rule.evidence,
      status: overall(found.map((f) => f.status)),
      citations: found,
      cases: cases.byRule[rule.id] ?? [],
    });
  }
  return { rules, notHeld, covered };
}

/** One status for a rule from those of its citations. */
export function overall(statuses: RuleStatus[]): RuleStatus {
  const s = new Set(statuses.filter((x) => x !== 'absent'));
  if (s.size === 0) return 'absent';
  if (s.size === 1) return [...s][0]!;
  return 'changed';
}

// The scopes a rule is about: its parameter, and the rows and response elements it cites.
function preferred(rule: Rule, cites: Citation[]): (key: string) => boolean {
  const p = rule.parameter?.replace(/\.N$/, '');
  const keys = cites.map((c) =>
    c.kind === 'row' ? `error:${c.code}` : c.kind === 'response' ? `response:${c.name}` : '',
  );
  return (key) =>
    keys.includes(key) || (p !== undefined && (key === `parameter:${p}` || key.startsWith(`parameter:${p}.`)));
}

function citationFindings(c: Citation, sides: Sides, prefer: (k: string) => boolean, covered: Set<string>) {
  switch (c.kind) {
    case 'quote':
      return quoteFindings(c.text, sides, prefer, covered);
    case 'row':
      return [rowFinding(c.code, sides)];
    case 'parameter':
      return [presence('parameter', c.name, sides, (p) => (p.required ? 'required' : 'optional'))];
    case 'response':
      return [presence('response element', c.name, sides, () => 'listed')];
  }
}

// Where a quoted sentence is at home in the spec: the places it is word for word, those the rule
// is about first. A page is searched there only, so a rule about Tag.N.Key is absent from a page
// without tags rather than matched to some sentence about KeyPairName.
function homeOf(text: string, sides: Sides, prefer: (k: string) => boolean): (key: string) => boolean {
  const exact = findExact(text, sides.homeScopes);
  const mine = exact.filter((f) => prefer(f.scope.key));
  const keys = new Set((mine.length > 0 ? mine : exact).map((f) => f.scope.key));
  return (key) => keys.size === 0 || keys.has(key);
}

function locate(text: string, scopes: Scope[], home: (k: string) => boolean): Found[] {
  const mine = scopes.filter((s) => home(s.key));
  const exact = findExact(text, mine);
  if (exact.length > 0) return exact;
  const near = findNearest(text, mine);
  return near ? [near] : [];
}

function quoteFindings(text: string, sides: Sides, prefer: (k: string) => boolean, covered: Set<string>) {
  const home = homeOf(text, sides, prefer);
  const olds = locate(text, sides.oldScopes, home);
  if (olds.length === 0) {
    const news = locate(text, sides.newScopes, home);
    for (const n of news) n.at.forEach((i) => covered.add(`${n.scope.key}#${i}`));
    const f: CitationFinding = { cites: 'sentence', status: news.length > 0 ? 'added' : 'absent', changes: [] };
    if (news[0]) Object.assign(f, { cites: `sentence in ${news[0].scope.label}`, new: news[0].text });
    return [f];
  }
  return olds.map((o): CitationFinding => {
    const oldText = o.exact ? text : o.text;
    const cites = `sentence in ${o.scope.label}`;
    const scope = sides.newScopes.find((s) => s.key === o.scope.key);
    if (!scope)
      return { cites, status: 'gone', old: oldText, changes: [], note: `${sides.new.label} has no ${o.scope.label}` };
    const n = findExact(oldText, [scope])[0] ?? findNearest(oldText, [scope]);
    if (!n) return { cites, status: 'gone', old: oldText, changes: [], note: `nothing in ${scope.label} is near it` };
    n.at.forEach((i) => covered.add(`${scope.key}#${i}`));
    if (n.exact) return { cites, status: 'unchanged', old: oldText, new: oldText, changes: [] };
    return { cites, status: 'changed', old: oldText, new: n.text, changes: differences(oldText, n.text) };
  });
}

function rowFinding(code: string, sides: Sides): CitationFinding {
  const o = sides.old.errors.find((e) => e.code === code);
  const n = sides.new.errors.find((e) => e.code === code);
  const cites = `error row ${o?.status ?? n?.status} ${code}`;
  if (!o) return n ? { cites, status: 'added', new: `${n.status} ${code}`, changes: [] } : absent(cites);
  const old = `${o.status} ${code}`;
  if (!n) {
    const near = nearestRow(o, sides.new.errors);
    const f: CitationFinding = {
      cites,
      status: 'gone',
      old,
      changes: [],
      note: `${sides.new.label} has no row ${code}`,
    };
    if (near)
      f.note += `; nearest row: ${near.status} ${near.code} "${[near.message, near.description].join(' ').trim()}"`;
    return f;
  }
  if (n.status === o.status) return { cites, status: 'unchanged', old, new: old, changes: [] };
  const changes = [{ kind: 'number' as const, old: String(o.status), new: String(n.status) }];
  return { cites, status: 'changed', old, new: `${n.status} ${code}`, changes };
}

function presence<T extends { name: string; required?: boolean }>(
  what: 'parameter' | 'response element',
  name: string,
  sides: Sides,
  state: (row: T) => string,
): CitationFinding {
  const list = (p: Page): T[] => (what === 'parameter' ? p.parameters : p.response) as unknown as T[];
  const o = list(sides.old).find((r) => r.name === name);
  const n = list(sides.new).find((r) => r.name === name);
  const cites = `${what} ${name}`;
  if (!o) return n ? { cites, status: 'added', new: `${name}: ${state(n)}`, changes: [] } : absent(cites);
  const old = `${name}: ${state(o)}`;
  if (!n) return { cites, status: 'gone', old, changes: [], note: `${sides.new.label} has no ${what} ${name}` };
  const now = `${name}: ${state(n)}`;
  if (now === old) return { cites, status: 'unchanged', old, new: now, changes: [] };
  return { cites, status: 'changed', old, new: now, changes: [{ kind: 'word', old: state(o), new: state(n) }] };
}

function absent(cites: string): CitationFinding {
  return { cites, status: 'absent', changes: [] };
}
