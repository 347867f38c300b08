import { comparable, tokenize, type Token } from './normalize.ts';
import { commonSubsequence } from './similarity.ts';

/**
 * What differs between an old sentence and the nearest new one, said the way a reader
 * of the rule cares about: a number, a character class, a key type, a word such as
 * "globally", or only the order of the same words.
 */

/** The kind of a difference; `wording` is a change of small words only (it → and). */
export type DifferenceKind = 'number' | 'character-class' | 'key-type' | 'word' | 'order' | 'wording';

/** One difference: `old` only is a removal, `new` only an addition, both a replacement. */
export interface Difference {
  kind: DifferenceKind;
  old?: string;
  new?: string;
}

// Words whose change alone does not change a rule. Modal verbs, negations and conjunctions do, so they are not here.
const SMALL_WORDS = new Set(
  'a an the it its they of to in on at by for as with that this which is are be has have'.split(' '),
);
// Words that only name a character class: a hunk of these and small words is said by the class change.
const CLASS_WORDS = new Set(
  [
    'character characters letter letters digit digits categorized including unicode',
    'chinese english uppercase lowercase',
    'colon colons period periods underscore underscores hyphen hyphens and or',
  ]
    .join(' ')
    .split(' '),
);

/** The differences between `oldText` and `newText`; empty when their wording is the same. */
export function differences(oldText: string, newText: string): Difference[] {
  const a = tokenize(oldText);
  const full = tokenize(newText);
  const bag = (ts: Token[]): string => words(ts).sort().join(' ');
  if (bag(a) === bag(full)) {
    const same = words(a).join(' ') === words(full).join(' ');
    return same ? [] : [{ kind: 'order', old: spanText(oldText, a), new: spanText(newText, full) }];
  }
  const b = isFragment(oldText) && 2 * a.length <= full.length ? trimContext(a, full) : full;
  const oldPlain = spanText(oldText, a);
  const newPlain = spanText(newText, b);
  const found = [
    ...setChange('number', numbers(a), numbers(b)),
    ...setChange('key-type', keyTypes(a), keyTypes(b)),
    ...classChanges(oldPlain, newPlain),
  ];
  const explained = new Set(found.flatMap((d) => [d.old, d.new]).flatMap((s) => (s ? words(tokenize(s)) : [])));
  return [...found, ...wordHunks(oldText, newText, a, b, explained)];
}

// A short quoted clause ("in each region") is compared with the words of a much longer new
// sentence around the same words only: what that sentence says before or after is context.
function isFragment(s: string): boolean {
  return !/[.!?]["')]?$/.test(s.trim()) || !/^["'(]?[\p{Lu}\p{N}]/u.test(s.trim());
}

function trimContext(a: Token[], b: Token[]): Token[] {
  const pairs = commonSubsequence(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  const first = pairs[0];
  const last = pairs.at(-1);
  if (!first || !last) return b;
  const from = first[0] === 0 ? first[1] : 0;
  const to = last[0] === a.length - 1 ? last[1] + 1 : b.length;
  return b.slice(from, to);
}

function spanText(s: string, ts: Token[]): string {
  return ts.length === 0 ? '' : comparable(s).slice(ts[0]!.start, ts.at(-1)!.end);
}

function words(ts: Token[]): string[] {
  return ts.map((t) => t.key).filter((k) => /[\p{L}\p{N}]/u.test(k));
}

function numbers(ts: Token[]): string[] {
  return ts.map((t) => t.key).filter((k) => /^\d+(?:\.\d+)?$/.test(k));
}

function keyTypes(ts: Token[]): string[] {
  return ts.map((t) => t.key).filter((k) => /^(?:ssh-[\w@.-]+|ecdsa[\w@.-]*|rsa|dsa|ed25519)$/.test(k));
}

// Multiset difference, reported as one removal and one addition (or a replacement).
function setChange(kind: DifferenceKind, olds: string[], news: string[]): Difference[] {
  const removed = minus(olds, news);
  const added = minus(news, olds);
  if (removed.length === 0 && added.length === 0) return [];
  const d: Difference = { kind };
  if (removed.length > 0) d.old = removed.join(', ');
  if (added.length > 0) d.new = added.join(', ');
  return [d];
}

function minus(xs: string[], ys: string[]): string[] {
  const rest = [...ys];
  return xs.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

const NAMED_CLASSES: Array<[RegExp, string]> = [
  [/\bunicode\b/i, 'letters categorized as letter in Unicode'],
  [/\bchinese characters?\b/i, 'Chinese characters'],
  [/\benglish letters?\b/i, 'English letters'],
  [/\buppercase\b/i, 'uppercase letters'],
  [/\blowercase\b/i, 'lowercase letters'],
  [/\bdigits?\b/i, 'digits'],
  [/\bletters?\b/i, 'letters'],
];

/** The character classes a wording names: "periods (.)", "Chinese characters", "digits" … */
export function characterClasses(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\p{L}]+) \(([^\s\p{L}\p{N}]{1,3})\)/gu)) out.set(m[2]!, `${m[1]} (${m[2]})`);
  for (const [re, label] of NAMED_CLASSES) if (re.test(s)) out.set(label, label);
  return out;
}

function classChanges(oldText: string, newText: string): Difference[] {
  const a = characterClasses(oldText);
  const b = characterClasses(newText);
  const out: Difference[] = [];
  for (const [k, label] of a) if (!b.has(k)) out.push({ kind: 'character-class', old: label });
  for (const [k, label] of b) if (!a.has(k)) out.push({ kind: 'character-class', new: label });
  return out;
}

// The runs of words that differ, in order, less those a number, class or key type already explains.
function wordHunks(oldText: string, newText: string, a: Token[], b: Token[], explained: Set<string>): Difference[] {
  const pairs = commonSubsequence(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  const out: Difference[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    const hunk = hunkOf(oldText, newText, a.slice(i, pi), b.slice(j, pj), explained);
    if (hunk) out.push(hunk);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

function hunkOf(oldText: string, newText: string, x: Token[], y: Token[], explained: Set<string>): Difference | null {
  const content = [...words(x), ...words(y)];
  const meaningful = content.filter((w) => !SMALL_WORDS.has(w));
  const classOnly = explained.size > 0 && meaningful.every((w) => explained.has(w) || CLASS_WORDS.has(w));
  if (content.length === 0 || content.every((w) => explained.has(w)) || (meaningful.length > 0 && classOnly))
    return null;
  const d: Difference = { kind: meaningful.length === 0 ? 'wording' : 'word' };
  if (x.length > 0) d.old = spanText(oldText, x);
  if (y.length > 0) d.new = spanText(newText, y);
  return d;
}
