import { mulberry32 } from '../src/random.js';
/**
 * Concrete names for a NameSpec, as the runner builds them, so a generator can check
 * the polarity it gives a name case against the spec's predicates before writing it.
 * Shape: prefix + core + suffix; the core is the run's unique part (token plus serial)
 * with the infix in its middle, padded with fill characters to the exact length; when the
 * unique part does not fit, the core is fill characters around the infix.
 */
/** Characters of the unique part: the runner's token is `kpc` + base36, plus a base36 serial. */
export const UNIQUE_HEAD = 'kpc';
export const UNIQUE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** The unique part's possible lengths: a 13-character token and a serial of 1 to 3 digits. */
export const UNIQUE_LENGTHS = [13, 14, 15, 16];
/** The fill alphabets: ASCII lower-case letters; the CJK Unified Ideographs block (all letters). */
export const FILL_ALPHABETS = {
    latin: [...'abcdefghijklmnopqrstuvwxyz'],
    cjk: Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i)),
};
/** Code-point length, the document's "characters". */
export function cpLength(s) {
    return [...s].length;
}
/** The name `ns` yields for a given unique part and fill choice. */
export function resolveName(ns, unique, pick) {
    const prefix = ns.prefix ?? '';
    const infix = ns.infix ?? '';
    const suffix = ns.suffix ?? '';
    const alphabet = FILL_ALPHABETS[ns.fill ?? 'latin'];
    const half = Math.ceil(unique.length / 2);
    const core = `${unique.slice(0, half)}${infix}${unique.slice(half)}`;
    const natural = `${prefix}${core}${suffix}`;
    if (ns.length === undefined)
        return natural;
    if (cpLength(natural) <= ns.length) {
        let pad = '';
        for (let i = cpLength(natural); i < ns.length; i++)
            pad += pick(alphabet);
        return `${prefix}${core}${pad}${suffix}`;
    }
    const n = Math.max(0, ns.length - cpLength(prefix) - cpLength(infix) - cpLength(suffix));
    let left = '';
    let right = '';
    for (let i = 0; i < n; i++) {
        if (infix !== '' && i >= Math.ceil(n / 2))
            right += pick(alphabet);
        else
            left += pick(alphabet);
    }
    return `${prefix}${left}${infix}${right}${suffix}`;
}
/** True when `ns` fixes more characters than its length allows (prefix, infix and suffix alone overflow). */
export function overflows(ns) {
    return (ns.length !== undefined &&
        cpLength(ns.prefix ?? '') + cpLength(ns.infix ?? '') + cpLength(ns.suffix ?? '') > ns.length);
}
/**
 * Deterministic extremes of what `ns` can resolve to: every unique length, unique parts of
 * letters only and of digits only, and the first and last fill characters. A label that holds
 * for all of them holds for any run (the predicates look at classes, lengths and prefixes).
 */
export function representativeNames(ns) {
    const out = new Set();
    for (const len of UNIQUE_LENGTHS) {
        for (const tail of ['a', 'z', '0', '9']) {
            const unique = UNIQUE_HEAD + tail.repeat(len - UNIQUE_HEAD.length);
            out.add(resolveName(ns, unique, (a) => a[0] ?? ''));
            out.add(resolveName(ns, unique, (a) => a[a.length - 1] ?? ''));
        }
    }
    return [...out];
}
/** A seeded PRNG (mulberry32): the same seed gives the same samples. */
export const seededRandom = mulberry32;
/** A random name `ns` can resolve to, as a run would make it. */
export function sampleName(ns, random) {
    const len = UNIQUE_LENGTHS[Math.floor(random() * UNIQUE_LENGTHS.length)] ?? 13;
    let unique = UNIQUE_HEAD;
    while (unique.length < len)
        unique += UNIQUE_ALPHABET[Math.floor(random() * UNIQUE_ALPHABET.length)];
    return resolveName(ns, unique, (a) => a[Math.floor(random() * a.length)] ?? '');
}
