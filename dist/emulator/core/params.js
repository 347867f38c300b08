import { fail, missing, ok } from './responses.js';
/** A parameter's value, own properties only (a parameter may be called `constructor`). */
export function param(params, name) {
    return Object.hasOwn(params, name) ? params[name] : undefined;
}
/** True when the parameter counts as absent (missing, or empty where empty means missing). */
export function isAbsent(env, value) {
    return value === undefined || (value === '' && env.behaviour.emptyIsMissing);
}
/** MissingParameter for the first required parameter that is absent, in the given order. */
export function requireParams(env, params, names) {
    for (const name of names)
        if (isAbsent(env, param(params, name)))
            return missing(name);
    return ok(undefined);
}
/** InvalidRegionId.NotFound unless RegionId names a region of the service. */
export function checkRegion(env, region) {
    if (region === undefined || !env.behaviour.regionKnown(env.spec, region))
        return fail('InvalidRegionId.NotFound');
    return ok(region);
}
/** The code a broken rule's violation names; `fallback` when it names only a status class. */
export function codeForRule(rule, fallback) {
    const v = rule.violation;
    if (v === undefined || 'statusClass' in v)
        return fallback;
    return 'error' in v ? v.error : (v.oneOf[0] ?? fallback);
}
/** A positive decimal integer written plainly (no sign, no leading zeros), or undefined. */
export function parsePositiveInt(text) {
    if (!/^[1-9][0-9]{0,8}$/.test(text))
        return undefined;
    return Number(text);
}
