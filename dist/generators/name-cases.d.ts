import type { Case } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/**
 * KeyPairName cases: length boundaries (Latin and Chinese), the first character, the
 * character set inside, and the forbidden URL prefixes. Numbers, classes and prefixes are
 * read from the rules; the spec names classes, so the sample characters of each class are
 * listed here. Every case's polarity is checked against the spec's predicates.
 */
/** A concrete character standing for a class, with an id slug and a phrase for titles. */
export interface CharSample {
    ch: string;
    slug: string;
    text: string;
}
/** Letters: ASCII, Chinese (the document names it), and other scripts' letters. */
export declare const LETTER_SAMPLES: readonly CharSample[];
/** An ASCII digit; non-ASCII digits are left open by the spec and never used. */
export declare const DIGIT_SAMPLE: CharSample;
/** Characters no class or extra of the spec admits. */
export declare const FORBIDDEN_SAMPLES: readonly CharSample[];
/** Lower-case, id-safe slug of free text ('https://' → 'https'). */
export declare function slugify(s: string): string;
/** Every KeyPairName value case, in a stable order. */
export declare function nameCases(spec: Spec): Case[];
