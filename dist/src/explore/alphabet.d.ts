/**
 * The characters exploration draws names and tags from. Only characters whose verdict the
 * spec settles are used: Unicode letters of a few scripts, ASCII digits and punctuation,
 * blanks, a full-width comma and an emoji. Left out on purpose, because the document leaves
 * them open: digits outside 0-9 (Unicode Nd), combining marks, letter-like numbers, control
 * characters. A generator that used them would turn an open question into a "finding".
 */
/** Letters (Unicode L) of several scripts: always allowed in a name. */
export declare const LETTERS: string[];
/** ASCII digits: allowed, but not first. */
export declare const DIGITS: string[];
/** The punctuation the document allows in a name (not first). */
export declare const NAME_PUNCTUATION: string[];
/** Characters no name may hold: ASCII punctuation outside `:_.-`, blanks, and a few non-ASCII ones. */
export declare const FORBIDDEN_IN_NAMES: string[];
/** Lowercase-only letters and digits for tag text, so no case variant of aliyun/acs:/http:// can arise. */
export declare const TAG_TEXT: string[];
/** Fragments that make tag keys and values hit the documented prefixes and substrings. */
export declare const TAG_FRAGMENTS: string[];
