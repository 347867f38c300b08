import { KpcError } from '../src/errors.js';
import { satisfies, valueRules } from '../src/spec/predicates.js';
import { acceptImport, caseId, CHEAP_KEY, importParams, importStep, makeCase, outcomeText, rejectImport, responseRules, violationOf, } from './case-kit.js';
import { slugify } from './name-cases.js';
import { constraintOf, lengthOf, minLengthOf, OP, parameters } from './spec-view.js';
/**
 * Tag cases: how many tags and which indices (IKP-TAG-INDEX), then each key and value
 * rule at its boundaries and with its forbidden prefixes and substrings. Counts, lengths
 * and strings come from the rules' constraints; the document names no tag error code, so
 * a violation is judged as a 4xx only and the code the target picks is recorded.
 */
const INDEX = 'IKP-TAG-INDEX';
const KEY_NONEMPTY = 'IKP-TAG-KEY-NONEMPTY';
const KEY_LENGTH = 'IKP-TAG-KEY-LENGTH';
const KEY_PREFIX = 'IKP-TAG-KEY-PREFIX';
const KEY_URL = 'IKP-TAG-KEY-URL';
const VALUE_LENGTH = 'IKP-TAG-VALUE-LENGTH';
const VALUE_URL = 'IKP-TAG-VALUE-URL';
/** Values longer than this go into a `text` var rather than inline. */
const INLINE_MAX = 32;
/** The document's example key and value: the valid other half of a single-tag case. */
function examples(spec) {
    const fields = parameters(spec).find((p) => p.name === 'Tag')?.fields ?? [];
    const key = fields.find((f) => f.name === 'Key')?.example;
    const value = fields.find((f) => f.name === 'Value')?.example;
    if (key === undefined || value === undefined)
        throw new KpcError('KPC_SPEC', 'Tag.N.Key and Tag.N.Value need examples');
    return { key, value };
}
/** Rule ids of `field` ('Key' or 'Value') that `s` breaks, by the spec's predicates. */
function broken(spec, field, s) {
    return valueRules(spec, OP, `Tag.N.${field}`)
        .filter((r) => satisfies(r.constraint, s) === false)
        .map((r) => r.id);
}
/** Tag params for tags numbered `indices`, with keys and values from `kv`. */
function tagParams(indices, kv) {
    const out = {};
    for (const i of indices) {
        const [k, v] = kv(i);
        out[`Tag.${i}.Key`] = k;
        out[`Tag.${i}.Value`] = v;
    }
    return out;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function range(from, to) {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
function tagCase(spec, d, rules) {
    const vars = { name: { name: {} }, key: { key: CHEAP_KEY }, ...d.extraVars };
    const params = importParams(d.tags);
    const id = caseId(d.rule, d.scenario, d.slug);
    if (d.intent === 'positive') {
        return makeCase(spec, {
            id,
            title: `accepts ${d.what}`,
            rules: [d.rule, ...rules, ...responseRules(spec)],
            scenario: d.scenario,
            polarity: 'positive',
            vars,
            steps: [importStep(params, acceptImport(spec, d.rule))],
        });
    }
    const v = violationOf(spec, d.rule);
    return makeCase(spec, {
        id,
        title: `rejects ${d.what} ${outcomeText(v)}`,
        rules: [d.rule, ...rules],
        scenario: d.scenario,
        polarity: 'negative',
        vars,
        steps: [importStep(params, rejectImport(spec, v, d.rule))],
    });
}
/** Tag counts and indices at and beyond the documented range. */
function indexCases(spec) {
    const { min, max } = constraintOf(spec, INDEX, 'index-range');
    const kv = (i) => [`key${i}`, `value${i}`];
    const count = (n) => plural(n, 'tag');
    const defs = [
        ...[0, 1, max - min + 1].map((n) => ({
            rule: INDEX,
            scenario: 'tag-count',
            slug: plural(n, 'tag').replace(' ', '-'),
            what: `an import with ${count(n)}`,
            tags: tagParams(range(min, min + n - 1), kv),
            intent: 'positive',
        })),
        {
            rule: INDEX,
            scenario: 'tag-count',
            slug: plural(max - min + 2, 'tag').replace(' ', '-'),
            what: `an import with ${count(max - min + 2)}`,
            tags: tagParams(range(min, max + 1), kv),
            intent: 'negative',
        },
        ...[min - 1, max + 1].map((i) => ({
            rule: INDEX,
            scenario: 'tag-index-out-of-range',
            slug: `tag-${i}`,
            what: `a tag numbered Tag.${i}`,
            tags: tagParams([i], kv),
            intent: 'negative',
        })),
    ];
    return defs.map((d) => tagCase(spec, d, []));
}
/** A single-tag case whose `field` is `p.value`, checked against the predicates first. */
function fieldCase(spec, field, p) {
    const hits = broken(spec, field, p.value);
    const id = caseId(p.rule, p.scenario, p.slug);
    if ((hits.length === 0) !== (p.intent === 'positive') || (p.intent === 'negative' && !hits.includes(p.rule))) {
        throw new KpcError('KPC_INTERNAL', `${id}: intended ${p.intent} for ${p.rule}, but the predicates say it breaks [${hits.join(', ')}]`);
    }
    const ex = examples(spec);
    const long = [...p.value].length > INLINE_MAX;
    const varName = field === 'Key' ? 'tagKey' : 'tagValue';
    const text = long ? `\${${varName}}` : p.value;
    const [k, v] = field === 'Key' ? [text, ex.value] : [ex.key, text];
    const extraVars = long
        ? { [varName]: { text: { length: [...p.value].length, fill: [...p.value][0] ?? 'x' } } }
        : undefined;
    if (long && p.value !== ([...p.value][0] ?? '').repeat([...p.value].length))
        throw new KpcError('KPC_INTERNAL', `${id}: a long probe must repeat one character`);
    return tagCase(spec, {
        rule: p.rule,
        scenario: p.scenario,
        slug: p.slug,
        what: p.what,
        tags: { 'Tag.1.Key': k, 'Tag.1.Value': v },
        ...(extraVars ? { extraVars } : {}),
        intent: p.intent,
    }, hits);
}
/** Key and value probes at every boundary and forbidden string the rules name. */
function fieldCases(spec) {
    const nonEmpty = { min: minLengthOf(spec, KEY_NONEMPTY) };
    const keyLen = lengthOf(spec, KEY_LENGTH);
    const valueLen = lengthOf(spec, VALUE_LENGTH);
    const chars = (n, ch) => ch.repeat(n);
    const keyProbes = [
        {
            rule: KEY_NONEMPTY,
            scenario: 'empty-value',
            slug: 'empty-key',
            what: 'an empty tag key',
            value: chars(nonEmpty.min - 1, 'k'),
            intent: 'negative',
        },
        {
            rule: KEY_NONEMPTY,
            scenario: 'valid-boundary',
            slug: `key-${plural(nonEmpty.min, 'char').replace(' ', '-')}`,
            what: `a tag key of ${plural(nonEmpty.min, 'character')}`,
            value: chars(nonEmpty.min, 'k'),
            intent: 'positive',
        },
        {
            rule: KEY_LENGTH,
            scenario: 'valid-boundary',
            slug: `key-${keyLen.max}-chars`,
            what: `a tag key of ${keyLen.max} characters`,
            value: chars(keyLen.max, 'k'),
            intent: 'positive',
        },
        {
            rule: KEY_LENGTH,
            scenario: 'above-max-length',
            slug: `key-${keyLen.max + 1}-chars`,
            what: `a tag key of ${keyLen.max + 1} characters`,
            value: chars(keyLen.max + 1, 'k'),
            intent: 'negative',
        },
        ...constraintOf(spec, KEY_PREFIX, 'forbidden-prefix').prefixes.map((pre) => ({
            rule: KEY_PREFIX,
            scenario: 'forbidden-prefix',
            slug: slugify(pre),
            what: `a tag key starting with ${pre}`,
            value: `${pre}Key`,
            intent: 'negative',
        })),
        ...constraintOf(spec, KEY_URL, 'forbidden-substring').substrings.map((sub) => ({
            rule: KEY_URL,
            scenario: 'forbidden-substring',
            slug: slugify(sub),
            what: `a tag key containing ${sub}`,
            value: `key-${sub}example`,
            intent: 'negative',
        })),
    ];
    const valueProbes = [
        {
            rule: VALUE_LENGTH,
            scenario: 'valid-boundary',
            slug: `value-${valueLen.min}-chars`,
            what: valueLen.min === 0 ? 'an empty tag value' : `a tag value of ${valueLen.min} characters`,
            value: chars(valueLen.min, 'v'),
            intent: 'positive',
        },
        {
            rule: VALUE_LENGTH,
            scenario: 'valid-boundary',
            slug: `value-${valueLen.max}-chars`,
            what: `a tag value of ${valueLen.max} characters`,
            value: chars(valueLen.max, 'v'),
            intent: 'positive',
        },
        {
            rule: VALUE_LENGTH,
            scenario: 'above-max-length',
            slug: `value-${valueLen.max + 1}-chars`,
            what: `a tag value of ${valueLen.max + 1} characters`,
            value: chars(valueLen.max + 1, 'v'),
            intent: 'negative',
        },
        ...constraintOf(spec, VALUE_URL, 'forbidden-substring').substrings.map((sub) => ({
            rule: VALUE_URL,
            scenario: 'forbidden-substring',
            slug: slugify(sub),
            what: `a tag value containing ${sub}`,
            value: `value-${sub}example`,
            intent: 'negative',
        })),
    ];
    return [...keyProbes.map((p) => fieldCase(spec, 'Key', p)), ...valueProbes.map((p) => fieldCase(spec, 'Value', p))];
}
/** Every tag case, in a stable order. */
export function tagCases(spec) {
    return [...indexCases(spec), ...fieldCases(spec)];
}
