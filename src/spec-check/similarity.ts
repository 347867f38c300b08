import { tokenize } from './normalize.ts';

/**
 * How alike two wordings are, for finding "the nearest new sentence" to an old one. Only
 * content words count (no articles, modal verbs or punctuation), lightly stemmed, so that
 * "It must begin with an English letter" is near "must start with a letter".
 */

const STOPWORDS = new Set(
  [
    'a an the of to in on at by for as is are be been it its this that these those and or but nor with from into',
    'can must may should will shall you your we our which who not no',
  ]
    .join(' ')
    .split(' '),
);
// Words the vendor swaps between revisions without changing the rule.
const SYNONYMS: Record<string, string> = { begin: 'start', begins: 'start', contains: 'contain', up: 'maximum' };

/** The content words of a wording, lowercase and stemmed ("letters" → "letter"). */
export function contentWords(s: string): string[] {
  return tokenize(s)
    .map((t) => t.key)
    .filter((k) => /[\p{L}\p{N}]/u.test(k) && !STOPWORDS.has(k))
    .map((k) => SYNONYMS[k] ?? k)
    .map((k) => (k.length > 3 && /[a-z]s$/.test(k) && !k.endsWith('ss') ? k.slice(0, -1) : k));
}

/** Dice coefficient of the content words of `a` and `b` as multisets: 1 alike, 0 nothing shared. */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.length + y.length === 0) return 1;
  const left = new Map<string, number>();
  for (const w of x) left.set(w, (left.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      shared++;
      left.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * Index pairs of a longest common subsequence of `a` and `b`. Sentences are a few dozen
 * tokens, so the quadratic table is cheap and keeps us free of a diff dependency.
 */
export function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const len: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}
