/**
 * Tag.N.Key / Tag.N.Value parameters: read as written, checked against the index range,
 * and (for ImportKeyPair) against the spec's key and value rules.
 */
import { tagIndices } from '../../src/spec/predicates.js';
import { codeForRule, param, parsePositiveInt } from './params.js';
import { fail, invalid, missing, ok } from './responses.js';
/** The Tag.N parameters in index order; each N in range and with a key. */
export function readTags(env, params) {
    const range = env.behaviour.tagIndexRange(env.spec);
    const found = [];
    for (const written of tagIndices(params)) {
        const keyName = `Tag.${written}.Key`;
        // '0' is a plainly written index too: it is refused by the range, not by its spelling.
        const index = written === '0' ? 0 : parsePositiveInt(written);
        const shownName = param(params, keyName) !== undefined ? keyName : `Tag.${written}.Value`;
        if (index === undefined || index < range.min || index > range.max)
            return invalid(shownName);
        const key = param(params, keyName);
        if (key === undefined)
            return missing(keyName);
        found.push({ index, key, value: param(params, `Tag.${written}.Value`) });
    }
    return ok(found.sort((a, b) => a.index - b.index));
}
/** ImportKeyPair's tags: read, then each key and value checked by the spec's rules. */
export function validateTags(env, params) {
    const read = readTags(env, params);
    if (!read.ok)
        return read;
    const seen = new Set();
    const tags = [];
    for (const t of read.value) {
        const value = t.value ?? '';
        const keyRule = env.behaviour.tagBrokenRule(env.spec, 'Key', t.key);
        if (keyRule !== undefined)
            return fail(codeForRule(keyRule, 'InvalidTagKey.Malformed'), `Tag.${t.index}.Key`);
        const valueRule = env.behaviour.tagBrokenRule(env.spec, 'Value', value);
        if (valueRule !== undefined)
            return fail(codeForRule(valueRule, 'InvalidTagValue.Malformed'), `Tag.${t.index}.Value`);
        if (seen.has(t.key) && env.behaviour.rejectDuplicateTagKeys)
            return fail('Duplicate.TagKey', `Tag.${t.index}.Key`);
        seen.add(t.key);
        tags.push({ TagKey: t.key, TagValue: value });
    }
    return ok(tags);
}
/** True when `tags` holds every filter tag (a filter without a value matches any value). */
export function matchesTagFilters(tags, filters) {
    return filters.every((f) => tags.some((t) => t.TagKey === f.key && (f.value === undefined || t.TagValue === f.value)));
}
