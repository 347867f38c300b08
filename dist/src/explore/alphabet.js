/**
 * The characters exploration draws names and tags from. Only characters whose verdict the
 * spec settles are used: Unicode letters of a few scripts, ASCII digits and punctuation,
 * blanks, a full-width comma and an emoji. Left out on purpose, because the document leaves
 * them open: digits outside 0-9 (Unicode Nd), combining marks, letter-like numbers, control
 * characters. A generator that used them would turn an open question into a "finding".
 */
/** Letters (Unicode L) of several scripts: always allowed in a name. */
export const LETTERS = [
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ...'中文密钥对名称测试',
    ...'αβγδλΩ',
    ...'жяфДЖ',
    ...'éñüçÅ',
];
/** ASCII digits: allowed, but not first. */
export const DIGITS = [...'0123456789'];
/** The punctuation the document allows in a name (not first). */
export const NAME_PUNCTUATION = [...':_.-'];
/** Characters no name may hold: ASCII punctuation outside `:_.-`, blanks, and a few non-ASCII ones. */
export const FORBIDDEN_IN_NAMES = [...'!"#$%&\'()*+,/;<=>?@[\\]^`{|}~', ' ', '\t', '\uFF0C', '\u{1F511}'];
/** Lowercase-only letters and digits for tag text, so no case variant of aliyun/acs:/http:// can arise. */
export const TAG_TEXT = [...'abcdefghijklmnopqrstuvwxyz0123456789', ...' -_.:/=+@', ...'标签值'];
/** Fragments that make tag keys and values hit the documented prefixes and substrings. */
export const TAG_FRAGMENTS = ['aliyun', 'acs:', 'http://', 'https://', 'acs', 'aliyu', 'http:/', 'team', 'env'];
