import { md5Fingerprint } from '../keys/index.js';
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
function isTagged(m) {
    return typeof m === 'object' && m !== null && typeof m.match === 'string';
}
function typeOf(v) {
    if (v === undefined)
        return 'absent';
    if (v === null)
        return 'null';
    return Array.isArray(v) ? 'array' : typeof v;
}
function resolveScalar(v, ctx) {
    return typeof v === 'string' ? ctx.interpolate(v) : v;
}
function deepEqual(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** Evaluates `m` against `actual` at `path`; `rule` is the inherited rule id. */
export function evaluate(m, actual, path, ctx, rule) {
    const fail = (expected, r = rule) => [{ path, expected, actual, rule: r }];
    if (!isTagged(m)) {
        if (typeof m === 'object' && m !== null) {
            // A plain object: every listed field must match; other fields are allowed.
            if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
                return fail('an object');
            return Object.entries(m).flatMap(([k, sub]) => evaluate(sub, actual[k], `${path}.${k}`, ctx, rule));
        }
        const want = resolveScalar(m, ctx);
        return deepEqual(actual, want) ? [] : fail(`equals ${JSON.stringify(want)}`);
    }
    const r = 'rule' in m && m.rule !== undefined ? m.rule : rule;
    switch (m.match) {
        case 'equals': {
            const want = resolveScalar(m.value, ctx);
            return deepEqual(actual, want) ? [] : fail(`equals ${JSON.stringify(want)}`, r);
        }
        case 'one-of': {
            const wants = m.values.map((v) => resolveScalar(v, ctx));
            return wants.some((w) => deepEqual(actual, w)) ? [] : fail(`one of ${JSON.stringify(wants)}`, r);
        }
        case 'regex':
            return typeof actual === 'string' && new RegExp(m.pattern, 'u').test(actual)
                ? []
                : fail(`matches /${m.pattern}/`, r);
        case 'uuid':
            return typeof actual === 'string' && UUID.test(actual) ? [] : fail('a UUID', r);
        case 'type':
            return typeOf(actual) === m.type ? [] : fail(`of type ${m.type}`, r);
        case 'absent':
            return actual === undefined ? [] : fail('absent', r);
        case 'present':
            return actual !== undefined && actual !== null ? [] : fail('present', r);
        case 'status-class': {
            const lo = Number(m.class[0]) * 100;
            return typeof actual === 'number' && actual >= lo && actual < lo + 100 ? [] : fail(`a ${m.class} status`, r);
        }
        case 'fingerprint-of': {
            const key = ctx.keys[m.key];
            if (!key)
                return fail(`fingerprint of ${m.key}, which is not a key var`, r);
            const fp = md5Fingerprint(key.blob);
            if (m.form === 'colon')
                return actual === fp.colon ? [] : fail(`MD5 fingerprint in RFC 4716 form ${fp.colon}`, r);
            const norm = typeof actual === 'string' ? actual.replace(/:/g, '').toLowerCase() : undefined;
            return norm === fp.hex ? [] : fail(`MD5 digest of the key blob (${fp.colon}, any textual form)`, r);
        }
        case 'includes':
        case 'excludes': {
            if (!Array.isArray(actual))
                return fail(`an array that ${m.match} ${JSON.stringify(m.item)}`, r);
            const found = actual.some((el, i) => evaluate(m.item, el, `${path}[${i}]`, ctx, r).length === 0);
            if (m.match === 'includes')
                return found ? [] : fail(`an element matching ${describeItem(m.item, ctx)}`, r);
            return found ? fail(`no element matching ${describeItem(m.item, ctx)}`, r) : [];
        }
        case 'length':
            return Array.isArray(actual) && actual.length === m.value ? [] : fail(`an array of length ${m.value}`, r);
        case 'all-of':
            return m.matchers.flatMap((sub) => evaluate(sub, actual, path, ctx, rule));
        default:
            return fail(`a known matcher (got ${JSON.stringify(m.match)})`, r);
    }
}
function describeItem(item, ctx) {
    const parts = Object.entries(item).map(([k, v]) => `${k}=${typeof v === 'string' ? ctx.interpolate(v) : JSON.stringify(v)}`);
    return `{${parts.join(', ')}}`;
}
