import type { Operation } from '../spec/types.ts';
import { differences } from './differences.ts';
import { sameWording } from './locate.ts';
import type { Page, PageErrorRow, PageParameter } from './page-model.ts';
import { nearestRow, rowText } from './rows.ts';
import { citationsOf } from './sources.ts';
import type { CaseIndex, FieldChange, TableChange } from './types.ts';

/**
 * The parameter, response and error tables row by row: a row added or removed, a type, a
 * requirement, a status, a message or a description that differs. Each row carries the rules
 * that cite it and the cases affected, so a reader sees what a table change puts at stake.
 */

/** Who cites a table row: rule ids, and the cases that cite them (or expect the error code). */
export interface Stakes {
  parameter: (name: string) => string[];
  response: (name: string) => string[];
  error: (code: string) => string[];
  cases: (rules: string[], code?: string) => string[];
}

/** The rules of `op` behind each table row, and the cases of `index` behind each rule and code. */
export function stakesOf(op: Operation, index: CaseIndex): Stakes {
  const params = op.parameters.flatMap((p) => [
    { name: p.name, rules: p.rules },
    ...(p.fields ?? []).map((f) => ({ name: `${p.name}.N.${f.name}`, rules: f.rules })),
  ]);
  const byCode = (code: string): string[] =>
    op.rules
      .filter((r) => {
        const v = r.violation;
        const codes = !v ? [] : 'error' in v ? [v.error] : 'oneOf' in v ? v.oneOf : [];
        return codes.includes(code) || citationsOf(r).some((c) => c.kind === 'row' && c.code === code);
      })
      .map((r) => r.id);
  return {
    parameter: (name) => params.find((p) => p.name === name)?.rules ?? [],
    response: (name) => op.response.find((f) => f.name === name)?.rules ?? [],
    error: byCode,
    cases: (rules, code) =>
      [
        ...new Set([...rules.flatMap((r) => index.byRule[r] ?? []), ...(code ? (index.byCode[code] ?? []) : [])]),
      ].sort(),
  };
}

/** Every difference of the three tables between `old` and `neu`. */
export function tableChanges(old: Page, neu: Page, stakes: Stakes, commonCodes: readonly string[] = []): TableChange[] {
  return [
    ...keyed('parameter', withImpliedArrays(old.parameters), withImpliedArrays(neu.parameters), stakes),
    ...keyed('response', old.response, neu.response, stakes),
    ...errorChanges(old.errors, neu.errors, stakes, commonCodes),
  ];
}

// A markdown page lists only Tag.N.Key and Tag.N.Value: the array Tag is there all the same.
function withImpliedArrays(ps: readonly PageParameter[]): Array<PageParameter & { implied?: boolean }> {
  const arrays = new Set(ps.map((p) => /^(\w+)\.N\./.exec(p.name)?.[1]).filter((n): n is string => !!n));
  const implied = [...arrays]
    .filter((a) => !ps.some((p) => p.name === a))
    .map((a) => ({ name: a, type: 'array', description: '', implied: true }));
  return [...ps, ...implied];
}

type Row = { name: string; type: string; required?: boolean; description: string; implied?: boolean };

function keyed(table: 'parameter' | 'response', olds: Row[], news: Row[], stakes: Stakes): TableChange[] {
  const out: TableChange[] = [];
  const change = (name: string, c: TableChange['change'], fields: FieldChange[]): TableChange => {
    const rules = stakes[table](name);
    return { table, name, change: c, fields, rules, cases: stakes.cases(rules) };
  };
  for (const o of olds) {
    const n = news.find((x) => x.name === o.name);
    if (!n) out.push(change(o.name, 'removed', [field('description', o.description, undefined)]));
    else {
      const fields = rowFields(o, n);
      if (fields.length > 0) out.push(change(o.name, 'changed', fields));
    }
  }
  for (const n of news)
    if (!olds.some((o) => o.name === n.name))
      out.push(change(n.name, 'added', [field('description', undefined, n.description)]));
  return out;
}

function rowFields(o: Row, n: Row): FieldChange[] {
  const out: FieldChange[] = [];
  if (o.type !== n.type) out.push(field('type', o.type, n.type));
  const yesNo = (r?: boolean): string | undefined => (r === undefined ? undefined : r ? 'Yes' : 'No');
  if (!o.implied && !n.implied && o.required !== n.required)
    out.push(field('required', yesNo(o.required), yesNo(n.required)));
  if (!o.implied && !n.implied && !sameWording(o.description, n.description))
    out.push(field('description', o.description, n.description));
  return out;
}

function field(name: FieldChange['field'], old: string | undefined, neu: string | undefined): FieldChange {
  const f: FieldChange = { field: name, changes: old && neu ? differences(old, neu) : [] };
  if (old !== undefined) f.old = old;
  if (neu !== undefined) f.new = neu;
  return f;
}

function errorChanges(olds: PageErrorRow[], news: PageErrorRow[], stakes: Stakes, common: readonly string[]) {
  const out: TableChange[] = [];
  const change = (r: PageErrorRow, c: TableChange['change'], fields: FieldChange[], note?: string): TableChange => {
    const rules = stakes.error(r.code);
    const t: TableChange = {
      table: 'error',
      name: `${r.status} ${r.code}`,
      change: c,
      fields,
      rules,
      cases: stakes.cases(rules, r.code),
    };
    if (note) t.note = note;
    return t;
  };
  for (const o of olds) {
    const n = news.find((x) => x.code === o.code);
    if (n) {
      const fields = errorFields(o, n);
      if (fields.length > 0) out.push(change(o, 'changed', fields));
      continue;
    }
    const near = nearestRow(o, news);
    const note = near ? `nearest row: ${near.status} ${near.code} "${rowText(near)}"` : undefined;
    out.push(change(o, 'removed', [field('message', rowText(o), undefined)], note));
  }
  for (const n of news) {
    if (olds.some((o) => o.code === n.code)) continue;
    const note = common.includes(n.code) ? 'the spec has this code among the common errors' : undefined;
    out.push(change(n, 'added', [field('message', undefined, rowText(n))], note));
  }
  return out;
}

// Message and description are compared together first: the text layout cannot split them reliably.
function errorFields(o: PageErrorRow, n: PageErrorRow): FieldChange[] {
  const out: FieldChange[] = [];
  if (o.status !== n.status) out.push(field('status', String(o.status), String(n.status)));
  if (sameWording(rowText(o), rowText(n))) return out;
  if (!sameWording(o.message, n.message)) out.push(field('message', o.message, n.message));
  if (!sameWording(o.description, n.description))
    out.push(field('description', o.description || undefined, n.description || undefined));
  return out;
}

/** Key types listed by one side only. */
export function keyTypeChanges(old: Page, neu: Page): { added: string[]; removed: string[] } {
  return {
    added: neu.keyTypes.filter((t) => !old.keyTypes.includes(t)),
    removed: old.keyTypes.filter((t) => !neu.keyTypes.includes(t)),
  };
}
