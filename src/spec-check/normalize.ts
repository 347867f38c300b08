/**
 * Wording without layout. The same page reaches us as plain text copied from the browser
 * or as the vendor's markdown source; a comparison must see the words only, so markdown
 * escapes, emphasis, links, backticks, bullets, line breaks, non-breaking spaces, curly
 * quotes and the capitalisation of key type names are all taken away here, once.
 */

/** Inline markdown reduced to its text: escapes, emphasis, code spans, links, anchors and `<br>` removed. */
export function stripMarkdown(s: string): string {
  return s
    .replace(/\s*\{#[^}]*\}|\s*\{ *\.[\w-]+ *\}/g, '') // heading anchors: {#id .section}, { .section }
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [DescribeRegions](~~25609~~) → DescribeRegions
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~"])/g, '$1');
}

/** Text as a person reads it: Unicode-compatible forms, straight quotes, one space between words. */
export function plain(s: string): string {
  return s
    .normalize('NFKC') // also turns U+00A0 (no-break space) into a space
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

// Key type names are written rsa or RSA, ssh-rsa or SSH-RSA across revisions without meaning anything else.
const KEY_TYPE_NAME = /\b(?:ssh-[a-z0-9@.-]+|ecdsa(?:-[a-z0-9@.-]+)?|rsa|dsa|ed25519)\b/gi;

/** The form two wordings are compared in: plain text, key type names in lowercase, "RFC4716" as "RFC 4716". */
export function comparable(s: string): string {
  return plain(s)
    .replace(KEY_TYPE_NAME, (m) => m.toLowerCase())
    .replace(/\bRFC(\d)/g, 'RFC $1');
}

/** True when `needle` occurs in `hay` (both comparable) starting and ending at word boundaries. */
export function containsWording(hay: string, needle: string): boolean {
  const h = comparable(hay);
  const n = comparable(needle);
  if (n.length === 0) return false;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    const startsAtWord = !isWordChar(h[i - 1]) || !isWordChar(n[0]);
    const endsAtWord = !isWordChar(h[i + n.length]) || !isWordChar(n[n.length - 1]);
    if (startsAtWord && endsAtWord) return true;
  }
  return false;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Splits text into sentences at ". " (or "!", "?") before a capital, a digit, a quote or a bracket. */
export function sentences(text: string): string[] {
  return plain(text)
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{Lo}\d"'([])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The clauses of a sentence, split before ", and", ", or", " and " and ", but": a rule may quote
 * one clause ("must start with a letter or Chinese character") of a longer sentence.
 */
export function clauses(sentence: string): string[] {
  const parts = sentence.split(/,? (?=(?:and|but|or) (?:must|can|cannot|can't|is|are|may|should|contain))/);
  return parts.length > 1 ? parts.map((p) => p.trim()).filter((p) => p.length > 0) : [];
}

/** One word or punctuation mark of a wording, with its place in the plain text. */
export interface Token {
  text: string;
  /** Lowercase form, the one compared. */
  key: string;
  start: number;
  end: number;
}

// A word keeps its inner joiners (ssh-rsa, Tag.N.Key, user@host) and a trailing "://" or ":" (http://, acs:).
const TOKEN = /[\p{L}\p{N}]+(?:[-_.@/][\p{L}\p{N}]+)*(?::\/\/|:(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

/** The tokens of `s` (taken from its comparable form). */
export function tokenize(s: string): Token[] {
  const text = comparable(s);
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    key: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
