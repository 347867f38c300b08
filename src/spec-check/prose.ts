import { plain, sentences } from './normalize.ts';

/**
 * Paragraphs and bulleted lists, as both layouts of the page write them, turned into
 * statements. A list item that ends with ":" and has sub-items becomes one statement with
 * its items joined ("…encryption methods: rsa, dsa, ssh-rsa"), which is how the spec
 * quotes it and how a reader says it.
 */

interface Item {
  depth: number;
  text: string;
}

const BULLET = /^(\s*)(?:[•*+-]|\d+\.)\s+(.*)$/;

/** Statements and the list of key types stated by prose lines (markdown already stripped). */
export function proseStatements(lines: readonly string[]): { statements: string[]; keyTypes: string[] } {
  const items = toItems(lines);
  const statements: string[] = [];
  const keyTypes: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const subs = listUnder(items, i);
    if (subs.length === 0) {
      statements.push(...sentences(item.text));
      continue;
    }
    i += subs.length;
    const [head, ...rest] = sentences(item.text).reverse();
    statements.push(...rest.reverse(), `${head} ${subs.map((s) => s.replace(/[.;,]$/, '')).join(', ')}`);
    if (subs.every((s) => /^[a-z0-9@.-]+$/i.test(s)) && /key|encryption|algorithm/i.test(item.text))
      keyTypes.push(...subs.map((s) => s.toLowerCase()));
  }
  return { statements, keyTypes };
}

// The sub-items of a "…:" item when they are a plain list of names (a few words each, no sentences).
function listUnder(items: readonly Item[], i: number): string[] {
  const item = items[i]!;
  if (!item.text.endsWith(':')) return [];
  const subs: string[] = [];
  for (let j = i + 1; j < items.length && items[j]!.depth > item.depth; j++) subs.push(items[j]!.text);
  return subs.every((s) => s.split(' ').length <= 4 && !/[.!?] /.test(s)) ? subs : [];
}

// Bullets by indentation; a plain line continues the item above it, or starts a paragraph.
function toItems(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let open = false;
  for (const line of lines) {
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const m = BULLET.exec(line);
    if (m) items.push({ depth: m[1]!.replace(/\t/g, '    ').length + 1, text: plain(m[2]!) });
    else if (open && items.length > 0) items.at(-1)!.text = plain(`${items.at(-1)!.text} ${line}`);
    else items.push({ depth: 0, text: plain(line) });
    open = true;
  }
  return items.filter((i) => i.text.length > 0);
}
