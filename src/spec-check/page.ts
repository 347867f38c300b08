import { KpcError } from '../errors.ts';
import { readMarkdownPage } from './page-markdown.ts';
import type { Page } from './page-model.ts';
import { readTextPage } from './page-text.ts';

/**
 * Reads a revision of the page: plain text copied from the page (like the seed) or the
 * vendor's markdown source. Throws KPC_USAGE naming what is missing when it is not such a page.
 */
export function readPage(text: string, label: string): Page {
  const markdown = /^#{1,6} \S/m.test(text) || /^\s*\|?\s*:?-{3,}/m.test(text);
  const page = markdown ? readMarkdownPage(text, label) : readTextPage(text, label);
  const missing = [
    /ImportKeyPair/.test(page.title) ? '' : 'no title naming ImportKeyPair',
    page.parameters.length > 0 ? '' : 'no request parameter table',
    page.errors.length > 0 ? '' : 'no error code table',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new KpcError('KPC_USAGE', `${label} is not a revision of the ImportKeyPair page: ${missing.join(', ')}`);
  return page;
}
