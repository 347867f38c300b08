/**
 * Escaping for every output format a report is written in. Reports carry what a target
 * answered, and a target is untrusted: a name, a message or a tag value may hold markup,
 * so nothing reaches HTML, XML or Markdown without passing through here.
 */

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
const XML_INVALID = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]', // control characters, U+FFFE, U+FFFF
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])', // a high surrogate without its low half
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', // a low surrogate without its high half
  ].join('|'),
  'g',
);

/** Escapes text for HTML or XML content and attribute values; characters XML forbids become U+FFFD. */
export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HTML escaping is XML escaping: the same five characters, in content and in quoted attributes. */
export const escapeHtml = escapeXml;

/** Escapes an XML attribute value, keeping line breaks (a raw newline in an attribute is normalised away). */
export function xmlAttr(s: string): string {
  return escapeXml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Text for a Markdown table cell: no pipes, no line breaks, no raw HTML (GitHub renders HTML in Markdown). */
export function mdCell(s: string): string {
  return escapeXml(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** An inline code span that survives backticks in its content (CommonMark: a longer fence). */
export function mdCode(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** An inline code span for a table cell: pipes escaped, which GitHub honours inside code spans too. */
export function mdCodeCell(s: string): string {
  return mdCode(s).replace(/\|/g, '\\|');
}

/** A fenced code block whose fence is longer than any backtick run in `body`. */
export function mdFence(body: string, lang = ''): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}
