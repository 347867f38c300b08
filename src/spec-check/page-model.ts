import { sentences } from './normalize.ts';

/**
 * One revision of the ImportKeyPair page, whatever its layout: what `kpc spec check`
 * holds against the spec. The spec itself is turned into the same shape (spec-page.ts),
 * so one comparison serves "page against spec" and "page against page".
 */

/** A row of the request parameter table; array fields are named `Tag.N.Key`. */
export interface PageParameter {
  name: string;
  /** Lowercase, `array<object>` read as `array`. */
  type: string;
  required?: boolean;
  description: string;
}

/** A row of the response table. */
export interface PageField {
  name: string;
  type: string;
  description: string;
}

/** A row of the error table; `description` is '' when the page gives none. */
export interface PageErrorRow {
  status: number;
  code: string;
  message: string;
  description: string;
}

/** A revision of the page, read into plain data. */
export interface Page {
  /** What the page is called in output: a file name, or "the spec". */
  label: string;
  format: 'text' | 'markdown' | 'spec';
  title: string;
  /** The revision date, ISO yyyy-mm-dd, when the page or its file name says it. */
  revision?: string;
  /** The introduction and the Description section (limits, key types), statement by statement. */
  description: string[];
  /** The key types the description lists, lowercase. */
  keyTypes: string[];
  parameters: PageParameter[];
  response: PageField[];
  errors: PageErrorRow[];
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** The revision date from a "Last Updated:Jun 18, 2026" line, else from a yyyy-mm-dd in the file name. */
export function revisionOf(text: string, label: string): string | undefined {
  const m = /Last Updated:?\s*([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})/.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (m && month > 0) return `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return /(\d{4}-\d{2}-\d{2})/.exec(label)?.[1];
}

/** A table's type written the spec's way: lowercase, `array<object>` as `array`, `long` as `integer`. */
export function normalType(t: string): string {
  const lower = t.trim().toLowerCase();
  if (lower.startsWith('array')) return 'array';
  return lower === 'long' || lower === 'int' ? 'integer' : lower;
}

/** The statements of a table cell: its bullet lines and sentences. */
export function cellStatements(cell: string): string[] {
  return cell.split(/\n|(?<=^|[\s.:])-\s{2,}/).flatMap((line) => sentences(line.replace(/^\s*[-•*]\s+/, '')));
}
