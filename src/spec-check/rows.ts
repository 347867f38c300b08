import type { PageErrorRow } from './page-model.ts';
import { MIN_SIMILARITY } from './locate.ts';
import { similarity } from './similarity.ts';

/**
 * Error rows across revisions. A row that disappears is often still there under another code
 * (2018 answered a duplicate name with InvalidKeyPairName.Malformed "invalid or already
 * exists" before KeyPair.AlreadyExist existed): the nearest row by wording says so.
 */

/** Message and description of a row as one wording: the text layout cannot tell where one ends. */
export function rowText(r: PageErrorRow): string {
  return `${r.message} ${r.description}`.trim();
}

/** The row of `rows` (another code) whose wording is nearest to `row`'s, if any is near enough. */
export function nearestRow(row: PageErrorRow, rows: readonly PageErrorRow[]): PageErrorRow | undefined {
  let best: { r: PageErrorRow; score: number } | undefined;
  for (const r of rows) {
    if (r.code === row.code) continue;
    const score = similarity(rowText(row), rowText(r));
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { r, score };
  }
  return best?.r;
}
