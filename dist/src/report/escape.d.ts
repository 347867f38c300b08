/**
 * Escaping for every output format a report is written in. Reports carry what a target
 * answered, and a target is untrusted: a name, a message or a tag value may hold markup,
 * so nothing reaches HTML, XML or Markdown without passing through here.
 */
/** Escapes text for HTML or XML content and attribute values; characters XML forbids become U+FFFD. */
export declare function escapeXml(s: string): string;
/** HTML escaping is XML escaping: the same five characters, in content and in quoted attributes. */
export declare const escapeHtml: typeof escapeXml;
/** Escapes an XML attribute value, keeping line breaks (a raw newline in an attribute is normalised away). */
export declare function xmlAttr(s: string): string;
/** Text for a Markdown table cell: no pipes, no line breaks, no raw HTML (GitHub renders HTML in Markdown). */
export declare function mdCell(s: string): string;
/** An inline code span that survives backticks in its content (CommonMark: a longer fence). */
export declare function mdCode(s: string): string;
/** An inline code span for a table cell: pipes escaped, which GitHub honours inside code spans too. */
export declare function mdCodeCell(s: string): string;
/** A fenced code block whose fence is longer than any backtick run in `body`. */
export declare function mdFence(body: string, lang?: string): string;
