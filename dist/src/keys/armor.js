/**
 * Armoured public-key forms: RFC 4716 (`---- BEGIN SSH2 PUBLIC KEY ----`, what
 * `ssh-keygen -e` writes) and PEM (`-----BEGIN PUBLIC KEY-----` SPKI and
 * `-----BEGIN RSA PUBLIC KEY-----` PKCS#1). Each is unwrapped to the SSH wire blob so
 * every format is fingerprinted the same way. The armour is checked here; the DER is
 * checked by node:crypto and converted by sshpk.
 */
import { createPublicKey } from 'node:crypto';
import sshpk from 'sshpk';
import { decodeCanonicalBase64 } from './base64.js';
const RFC4716_BEGIN = '---- BEGIN SSH2 PUBLIC KEY ----';
const RFC4716_END = '---- END SSH2 PUBLIC KEY ----';
const PEM_LINE = /^-----(BEGIN|END) ([A-Z0-9][A-Z0-9 ]*[A-Z0-9])-----$/;
/** Splits on any line ending RFC 4716 allows (CR, LF, CRLF) and drops trailing blanks per line. */
function lines(text) {
    return text
        .trim()
        .split(/\r\n|\r|\n/)
        .map((l) => l.trimEnd());
}
/** True when the text starts like an RFC 4716 block. */
export function looksLikeRfc4716(text) {
    return text.trimStart().startsWith('---- BEGIN SSH2');
}
/** True when the text starts like a PEM block. */
export function looksLikePem(text) {
    return text.trimStart().startsWith('-----BEGIN');
}
/** Unwraps an RFC 4716 block to its blob and Comment header. */
export function unwrapRfc4716(text) {
    const ls = lines(text);
    if (ls[0] !== RFC4716_BEGIN)
        return { ok: false, reason: `RFC 4716 block must start with "${RFC4716_BEGIN}"` };
    if (ls.length < 3 || ls[ls.length - 1] !== RFC4716_END) {
        return { ok: false, reason: `RFC 4716 block must end with "${RFC4716_END}"` };
    }
    const inner = ls.slice(1, -1);
    let comment;
    let i = 0;
    // Headers are "Tag: value"; a value continues onto the next line after a trailing backslash.
    while (i < inner.length && (inner[i] ?? '').includes(':')) {
        const line = inner[i] ?? '';
        const m = /^([\x21-\x39\x3b-\x7e]{1,64}): (.*)$/.exec(line);
        if (!m)
            return { ok: false, reason: `RFC 4716 header line ${i + 2} is malformed: ${JSON.stringify(line.slice(0, 40))}` };
        let value = m[2] ?? '';
        while (value.endsWith('\\')) {
            i++;
            if (i >= inner.length)
                return { ok: false, reason: 'RFC 4716 header continues past the end of the block' };
            value = value.slice(0, -1) + (inner[i] ?? '');
        }
        if ((m[1] ?? '').toLowerCase() === 'comment')
            comment = value.replace(/^"(.*)"$/, '$1');
        i++;
    }
    const b64 = decodeCanonicalBase64(inner.slice(i).join(''));
    if (!b64.ok)
        return { ok: false, reason: `RFC 4716 body: ${b64.reason}` };
    return { ok: true, blob: b64.bytes, comment };
}
/** Unwraps a PEM public key (SPKI or PKCS#1 RSA) to its SSH blob. */
export function unwrapPem(text) {
    const ls = lines(text);
    const begin = PEM_LINE.exec(ls[0] ?? '');
    const end = PEM_LINE.exec(ls[ls.length - 1] ?? '');
    if (!begin || begin[1] !== 'BEGIN')
        return { ok: false, reason: 'PEM block has a malformed BEGIN line' };
    const label = begin[2] ?? '';
    if (label.includes('PRIVATE KEY'))
        return { ok: false, reason: `this is a private key (PEM ${label}), not a public key` };
    if (label !== 'PUBLIC KEY' && label !== 'RSA PUBLIC KEY') {
        return {
            ok: false,
            reason: `PEM label ${JSON.stringify(label)} is not a public key (expected PUBLIC KEY or RSA PUBLIC KEY)`,
        };
    }
    if (ls.length < 3 || !end || end[1] !== 'END' || end[2] !== label) {
        return { ok: false, reason: `PEM block must end with "-----END ${label}-----"` };
    }
    const inner = ls.slice(1, -1);
    if (inner.some((l) => l.includes(':')))
        return { ok: false, reason: 'PEM public key must not carry headers' };
    const b64 = decodeCanonicalBase64(inner.join(''));
    if (!b64.ok)
        return { ok: false, reason: `PEM body: ${b64.reason}` };
    const type = label === 'PUBLIC KEY' ? 'spki' : 'pkcs1';
    try {
        // node:crypto parses DER strictly; sshpk then gives the SSH wire encoding of the same key.
        createPublicKey({ key: b64.bytes, format: 'der', type });
    }
    catch (e) {
        return { ok: false, reason: `PEM ${label} does not hold a valid key: ${errorMessage(e)}` };
    }
    try {
        const key = sshpk.parseKey(text, 'pem');
        // sshpk reads X25519 as 'curve25519' and would emit a blob type no SSH key has.
        if (key.type === 'curve25519')
            return { ok: false, reason: `PEM ${label} holds a key type SSH cannot carry: X25519` };
        return { ok: true, blob: key.toBuffer('rfc4253'), comment: undefined };
    }
    catch (e) {
        return { ok: false, reason: `PEM ${label} holds a key type SSH cannot carry: ${errorMessage(e)}` };
    }
}
/** The message of a thrown value, for reasons. */
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}
