import { mulberry32 } from '../src/random.ts';
import type { NameSpec } from '../src/cases/types.ts';
/**
 * Concrete names for a NameSpec, as the runner builds them, so a generator can check
 * the polarity it gives a name case against the spec's predicates before writing it.
 * Shape: prefix + core + suffix; the core is the run's unique part (token plus serial)
 * with the infix in its middle, padded with fill characters to the exact length; when the
 * unique part does not fit, the core is fill characters around the infix.
 */
/** Characters of the unique part: the runner's token is `kpc` + base36, plus a base36 serial. */
export declare const UNIQUE_HEAD = "kpc";
export declare const UNIQUE_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
/** The unique part's possible lengths: a 13-character token and a serial of 1 to 3 digits. */
export declare const UNIQUE_LENGTHS: readonly number[];
/** The fill alphabets: ASCII lower-case letters; the CJK Unified Ideographs block (all letters). */
export declare const FILL_ALPHABETS: Record<'latin' | 'cjk', readonly string[]>;
/** Code-point length, the document's "characters". */
export declare function cpLength(s: string): number;
/** Picks the fill character at a position; random for samples, fixed for representatives. */
export type FillPicker = (alphabet: readonly string[]) => string;
/** The name `ns` yields for a given unique part and fill choice. */
export declare function resolveName(ns: NameSpec, unique: string, pick: FillPicker): string;
/** True when `ns` fixes more characters than its length allows (prefix, infix and suffix alone overflow). */
export declare function overflows(ns: NameSpec): boolean;
/**
 * Deterministic extremes of what `ns` can resolve to: every unique length, unique parts of
 * letters only and of digits only, and the first and last fill characters. A label that holds
 * for all of them holds for any run (the predicates look at classes, lengths and prefixes).
 */
export declare function representativeNames(ns: NameSpec): string[];
/** A seeded PRNG (mulberry32): the same seed gives the same samples. */
export declare const seededRandom: typeof mulberry32;
/** A random name `ns` can resolve to, as a run would make it. */
export declare function sampleName(ns: NameSpec, random: () => number): string;
