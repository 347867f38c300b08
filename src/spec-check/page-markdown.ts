import { plain, stripMarkdown } from './normalize.ts';
import {
  normalType,
  revisionOf,
  type Page,
  type PageErrorRow,
  type PageField,
  type PageParameter,
} from './page-model.ts';
import { proseStatements } from './prose.ts';

/**
 * The page as the vendor's markdown source: `#` headings, pipe tables whose cells may run
 * over several lines (the 2018 KeyPairName row holds a bulleted list), escapes such as
 * `\(` and `\_`, and links. Columns are found by their header, whatever their order.
 */

interface Section {
  heading: string;
  lines: string[];
}

/** Reads the markdown layout of the page. */
export function readMarkdownPage(text: string, label: string): Page {
  const sections = split(text.split(/\r?\n/));
  const find = (re: RegExp): string[] => sections.find((s) => re.test(s.heading))?.lines ?? [];
  const title = sections.find((s) => s.heading.startsWith('# '))?.heading.slice(2) ?? '';
  const intro = sections.find((s) => s.heading.startsWith('# '))?.lines ?? [];
  const prose = proseStatements(
    [...intro, ...find(/^#+ (?:operation )?description$/i)]
      .filter((l) => !l.startsWith('|') && !/^\s*last updated/i.test(l))
      .map(stripMarkdown),
  );
  const page: Page = {
    label,
    format: 'markdown',
    title,
    description: prose.statements,
    keyTypes: prose.keyTypes,
    parameters: table(find(/^#+ request parameters$/i)).map(parameter),
    response: table(find(/^#+ (?:response|return) (?:parameters|elements)$/i)).map(field),
    errors: table(find(/^#+ error codes$/i))
      .map(errorRow)
      .filter((r) => r.code),
  };
  const revision = revisionOf(text, label);
  if (revision) page.revision = revision;
  return page;
}

function split(lines: readonly string[]): Section[] {
  const out: Section[] = [{ heading: '', lines: [] }];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const h = !fenced && /^(#{1,6}) +(.*)$/.exec(line);
    if (h) out.push({ heading: `${h[1]} ${plain(stripMarkdown(h[2]!))}`, lines: [] });
    else if (!fenced) out.at(-1)!.lines.push(line);
  }
  return out;
}

type Cells = Record<string, string>;

const COLUMNS: Array<[RegExp, string]> = [
  [/^(?:parameter|name|element)$/, 'name'],
  [/^type$/, 'type'],
  [/^required$/, 'required'],
  [/^(?:description|meaning)$/, 'description'],
  [/^example$/, 'example'],
  [/status/, 'status'],
  [/^error code$/, 'code'],
  [/^error message$/, 'message'],
];

// Rows of the first pipe table in `lines`, as header → cell; a row whose closing pipe has
// not come yet continues on the next lines (a cell with a list in it).
function table(lines: readonly string[]): Cells[] {
  const rows: string[] = [];
  let width = 0;
  for (const line of lines) {
    const open = rows.length > 0 && pipes(rows.at(-1)!) < width + 1;
    if (open) rows[rows.length - 1] += `\n${line}`;
    else if (line.trim().startsWith('|')) rows.push(line.trim());
    if (rows.length === 1 && width === 0) width = pipes(rows[0]!) - 1;
  }
  const [header, ...body] = rows.map(cellsOf);
  const keys = (header ?? []).map((h) => COLUMNS.find(([re]) => re.test(plain(h).toLowerCase()))?.[1] ?? h);
  return body
    .filter((r) => !r.every((c) => /^\s*:?-+:?\s*$/.test(c)))
    .map((r) => Object.fromEntries(keys.map((k, i) => [k, stripMarkdown(r[i] ?? '').trim()])));
}

function pipes(row: string): number {
  return (row.match(/(?<!\\)\|/g) ?? []).length;
}

function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split(/(?<!\\)\|/);
}

function parameter(c: Cells): PageParameter {
  const p: PageParameter = {
    name: plain(c.name ?? ''),
    type: normalType(c.type ?? ''),
    description: c.description ?? '',
  };
  if (c.required !== undefined) p.required = /^yes$/i.test(plain(c.required));
  return p;
}

function field(c: Cells): PageField {
  return { name: plain(c.name ?? ''), type: normalType(c.type ?? ''), description: c.description ?? '' };
}

function errorRow(c: Cells): PageErrorRow {
  return {
    status: Number(plain(c.status ?? '')),
    code: plain(c.code ?? ''),
    message: plain(c.message ?? ''),
    description: c.description ?? '',
  };
}
