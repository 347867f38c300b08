import { plain, sentences } from './normalize.ts';
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
 * The page as plain text copied from the browser (the seed): headings are lines of their
 * own, and a table arrives one cell per line (parameters, response) or one row per line
 * (errors: "400 Code Message Description").
 */

// Each section ends at the first heading that can follow it (a table's header cell may read "Description").
const AFTER_DESCRIPTION = ['try it now', 'debugging', 'ram authorization', 'authorization information'];
const AFTER_PARAMETERS = ['response elements', 'response parameters', 'examples', 'error codes'];
const AFTER_ERRORS = ['release notes', 'change history'];
const TYPE = /^(?:string|integer|long|boolean|object|float|double|array(?:<\w+>)?)$/i;
const NAME = /^[A-Za-z][\w.]*$/;
const HEADER_CELLS = new Set(['parameter', 'name', 'element', 'type', 'required', 'description', 'example']);

/** Reads the plain-text layout of the page. */
export function readTextPage(text: string, label: string): Page {
  const lines = text.split(/\r?\n/);
  const titleAt = lines.findIndex((l) => /ImportKeyPair/.test(l));
  const intro = section(lines, [/^last updated/i], ['operation description', 'description', 'request parameters']);
  const description = section(lines, ['description'], [...AFTER_DESCRIPTION, 'request parameters']);
  const prose = proseStatements([...intro, ...description]);
  const page: Page = {
    label,
    format: 'text',
    title: titleAt >= 0 ? plain(lines[titleAt]!) : '',
    description: prose.statements,
    keyTypes: prose.keyTypes,
    parameters: parameterRows(section(lines, ['request parameters'], AFTER_PARAMETERS)),
    response: responseRows(section(lines, ['response elements', 'response parameters'], AFTER_PARAMETERS.slice(2))),
    errors: errorRows(section(lines, ['error codes'], AFTER_ERRORS)),
  };
  const revision = revisionOf(text, label);
  if (revision) page.revision = revision;
  return page;
}

// The lines after a heading (a line equal to one of `from`) up to the next known heading.
function section(lines: readonly string[], from: Array<string | RegExp>, until: string[]): string[] {
  const is = (l: string, h: string | RegExp): boolean =>
    typeof h === 'string' ? plain(l).toLowerCase() === h : h.test(plain(l));
  const start = lines.findIndex((l) => from.some((h) => is(l, h)));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && until.some((h) => is(l, h)));
  return lines
    .slice(start + 1, end < 0 ? lines.length : end)
    .filter((l) => !/^see .* for a complete list/i.test(plain(l)));
}

interface Row {
  name: string;
  type: string;
  cells: string[];
}

// A row starts at a type cell; the cell before it is the row's name when it looks like one and
// is not the row above's Yes/No (a nameless "object" row follows an array's description).
function rows(lines: readonly string[]): Row[] {
  const cells = lines.map((l) => plain(l)).filter((l) => l.length > 0);
  while (cells.length > 0 && HEADER_CELLS.has(cells[0]!.toLowerCase())) cells.shift();
  const starts: Array<{ at: number; name: string }> = [];
  cells.forEach((c, i) => {
    if (!TYPE.test(c)) return;
    const before = cells[i - 1] ?? '';
    const named = NAME.test(before) && !/^(?:yes|no)$/i.test(before) && i - 1 > (starts.at(-1)?.at ?? -1);
    starts.push({ at: i, name: named ? before : '' });
  });
  return starts.map((s, k) => {
    const next = starts[k + 1];
    const end = next ? (next.name ? next.at - 1 : next.at) : cells.length;
    return { name: s.name, type: cells[s.at]!, cells: cells.slice(s.at + 1, end) };
  });
}

// Cells after the type: [required,] description…, [example]. The last cell is the example
// when there are two or more left, which is how the page lays out a row with an example.
function descriptionOf(cells: string[]): string {
  return (cells.length >= 2 ? cells.slice(0, -1) : cells).join(' ');
}

function parameterRows(lines: readonly string[]): PageParameter[] {
  const out: PageParameter[] = [];
  let array = '';
  for (const r of rows(lines)) {
    const required = /^(yes|no)$/i.test(r.cells[0] ?? '') ? r.cells.shift()!.toLowerCase() === 'yes' : undefined;
    if (!r.name) continue; // the nameless element row of an array
    // The copied text loses the indentation of an array's fields: they follow the array to the end of the table.
    const name = array ? `${array}.N.${r.name}` : r.name;
    const p: PageParameter = { name, type: normalType(r.type), description: descriptionOf(r.cells) };
    if (required !== undefined) p.required = required;
    out.push(p);
    if (p.type === 'array' && !array) array = r.name;
  }
  return out;
}

function responseRows(lines: readonly string[]): PageField[] {
  return rows(lines)
    .filter((r) => r.name)
    .map((r) => ({ name: r.name, type: normalType(r.type), description: descriptionOf(r.cells) }));
}

// "400 Code Message. Description." — the layout runs message and description together, so the
// message is taken as the first sentence (comparisons look at both together as well). A copy
// that puts each cell on its own line is read too.
function errorRows(lines: readonly string[]): PageErrorRow[] {
  const out: PageErrorRow[] = [];
  const push = (status: string, code: string, text: string): void => {
    const [message = '', ...description] = sentences(text);
    out.push({ status: Number(status), code, message, description: description.join(' ') });
  };
  const cells = lines.map((l) => plain(l)).filter(Boolean);
  for (let i = 0; i < cells.length; i++) {
    const one = /^(\d{3}) +(\S+) +(.*)$/.exec(cells[i]!);
    if (one) push(one[1]!, one[2]!, one[3]!);
    else if (/^\d{3}$/.test(cells[i]!) && cells[i + 1]) {
      let j = i + 2;
      while (j < cells.length && !/^\d{3}\b/.test(cells[j]!)) j++;
      push(cells[i]!, cells[i + 1]!, cells.slice(i + 2, j).join(' '));
      i = j - 1;
    }
  }
  return out;
}
