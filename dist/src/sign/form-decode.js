/**
 * Strict decoding of `application/x-www-form-urlencoded` bytes (a query string or a form
 * body) into name/value pairs. Strict because a verifier re-encodes what it decoded: any
 * leniency (a stray `%`, bytes that are not UTF-8) would let two different wire strings
 * canonicalise alike, or make the server sign something the client never meant.
 */
const AMP = 0x26;
const EQ = 0x3d;
const PLUS = 0x2b;
const PERCENT = 0x25;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Decodes `a=1&b=2` bytes. `+` is a space (form semantics, also applied to queries). */
export function decodeForm(bytes) {
    const pairs = [];
    let start = 0;
    while (start <= bytes.length) {
        let end = bytes.indexOf(AMP, start);
        if (end < 0)
            end = bytes.length;
        const segment = bytes.subarray(start, end);
        start = end + 1;
        if (segment.length === 0)
            continue; // `a=1&&b=2` and a trailing `&` carry nothing
        const eq = segment.indexOf(EQ);
        const rawName = eq < 0 ? segment : segment.subarray(0, eq);
        const rawValue = eq < 0 ? new Uint8Array(0) : segment.subarray(eq + 1);
        const shownName = lenientUtf8.decode(rawName);
        const name = decodeComponent(rawName);
        if (typeof name !== 'string')
            return { ok: false, name: undefined, rawName: shownName, reason: name.reason };
        if (name === '')
            return { ok: false, name: undefined, rawName: shownName, reason: 'empty name' };
        const value = decodeComponent(rawValue);
        if (typeof value !== 'string')
            return { ok: false, name, rawName: shownName, reason: value.reason };
        pairs.push([name, value]);
    }
    return { ok: true, pairs };
}
/** Percent-decodes one component to bytes, then to a string that must be valid UTF-8. */
function decodeComponent(raw) {
    const out = new Uint8Array(raw.length);
    let n = 0;
    for (let i = 0; i < raw.length; i++) {
        const b = raw[i];
        if (b === PERCENT) {
            const hi = hexValue(raw[i + 1]);
            const lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0)
                return { reason: 'malformed percent-encoding' };
            out[n++] = (hi << 4) | lo;
            i += 2;
        }
        else {
            out[n++] = b === PLUS ? 0x20 : b;
        }
    }
    try {
        return strictUtf8.decode(out.subarray(0, n));
    }
    catch {
        return { reason: 'invalid UTF-8' };
    }
}
function hexValue(b) {
    if (b === undefined)
        return -1;
    if (b >= 0x30 && b <= 0x39)
        return b - 0x30;
    if (b >= 0x41 && b <= 0x46)
        return b - 0x41 + 10;
    if (b >= 0x61 && b <= 0x66)
        return b - 0x61 + 10;
    return -1;
}
