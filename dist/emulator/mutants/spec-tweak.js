/**
 * Mutants that move a documented bound or character class do it by judging with a spec
 * whose one rule is changed: the same predicates, a different constraint. Tweaked specs
 * are memoised per spec object so a request does not rebuild one.
 */
import { firstBrokenRule } from '../../src/spec/predicates.js';
/** A function giving `spec` with the constraint of rule(s) `ruleId` changed (memoised per spec). */
export function tweakSpec(ruleId, change) {
    const ids = typeof ruleId === 'string' ? [ruleId] : ruleId;
    const cache = new WeakMap();
    return (spec) => {
        const hit = cache.get(spec);
        if (hit)
            return hit;
        const operations = Object.fromEntries(Object.entries(spec.operations).map(([name, op]) => [
            name,
            {
                ...op,
                rules: op.rules.flatMap((r) => !ids.includes(r.id) ? [r] : [change(r.constraint)].flatMap((c) => (c ? [{ ...r, constraint: c }] : []))),
            },
        ]));
        const tweaked = { ...spec, operations };
        cache.set(spec, tweaked);
        return tweaked;
    };
}
/** A Behaviour.nameBrokenRule judging names with one rule changed. */
export function nameRuleWith(ruleId, change) {
    const tweak = tweakSpec(ruleId, change);
    return (spec, name) => firstBrokenRule(tweak(spec), 'ImportKeyPair', 'KeyPairName', name);
}
/** A Behaviour.tagBrokenRule judging tag keys and values with rule(s) changed. */
export function tagRuleWith(ruleId, change) {
    const tweak = tweakSpec(ruleId, change);
    return (spec, field, value) => firstBrokenRule(tweak(spec), 'ImportKeyPair', `Tag.N.${field}`, value);
}
/** A length constraint with a new min and/or max. */
export function lengthBounds(min, max) {
    return (c) => (c.kind === 'length' ? { ...c, min: min ?? c.min, max: max ?? c.max } : c);
}
/** A charset constraint with characters added to or removed from its extras. */
export function charsetExtra(add, remove = '') {
    return (c) => c.kind === 'charset' ? { ...c, extra: [...c.extra].filter((ch) => !remove.includes(ch)).join('') + add } : c;
}
/** A prefix or substring constraint without the given entries. */
export function withoutEntries(...drop) {
    return (c) => {
        if (c.kind === 'forbidden-prefix')
            return { ...c, prefixes: c.prefixes.filter((p) => !drop.includes(p)) };
        if (c.kind === 'forbidden-substring')
            return { ...c, substrings: c.substrings.filter((p) => !drop.includes(p)) };
        return c;
    };
}
