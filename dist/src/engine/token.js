import { randomBytes } from 'node:crypto';
/**
 * The run token: every name a run makes carries it (where the length allows), so a run and
 * `kpc sweep` only ever touch key pairs the suite created. Lowercase letters and digits
 * only, so it fits every character class the document allows.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** A fresh token: `kpc` followed by ten base36 characters (13 characters in all). */
export function newRunToken(random = secureRandom) {
    let s = 'kpc';
    for (let i = 0; i < 10; i++)
        s += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return s;
}
/** True for a string shaped like a run token. */
export function isRunToken(s) {
    return /^kpc[a-z0-9]{10}$/.test(s);
}
function secureRandom() {
    return randomBytes(4).readUInt32BE(0) / 2 ** 32;
}
