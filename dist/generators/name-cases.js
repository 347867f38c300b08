import { KpcError } from '../src/errors.js';
import { inClasses } from '../src/spec/predicates.js';
import { acceptImport, caseId, CHEAP_KEY, importParams, importStep, makeCase, outcomeText, rejectImport, responseRules, rowOf, violationOf, } from './case-kit.js';
import { labelNameSpec, verifyNameLabel } from './name-label.js';
import { UNIQUE_LENGTHS } from './name-sample.js';
import { lengthOf, ruleOfKind } from './spec-view.js';
/** Letters: ASCII, Chinese (the document names it), and other scripts' letters. */
export const LETTER_SAMPLES = [
    { ch: 'Z', slug: 'ascii-letter', text: 'an ASCII letter (Z)' },
    { ch: '中', slug: 'chinese', text: 'a Chinese character (中)' },
    { ch: 'Ω', slug: 'greek-letter', text: 'a Greek letter (Ω)' },
    { ch: 'Ж', slug: 'cyrillic-letter', text: 'a Cyrillic letter (Ж)' },
    { ch: 'é', slug: 'accented-latin-letter', text: 'an accented Latin letter (é)' },
];
/** An ASCII digit; non-ASCII digits are left open by the spec and never used. */
export const DIGIT_SAMPLE = { ch: '7', slug: 'digit', text: 'a digit (7)' };
/** Characters no class or extra of the spec admits. */
export const FORBIDDEN_SAMPLES = [
    { ch: ' ', slug: 'space', text: 'a space' },
    { ch: '/', slug: 'slash', text: 'a slash (/)' },
    { ch: '@', slug: 'at-sign', text: 'an at sign (@)' },
    { ch: '😀', slug: 'emoji', text: 'an emoji (😀)' },
    { ch: '#', slug: 'hash', text: 'a hash (#)' },
    { ch: '*', slug: 'asterisk', text: 'an asterisk (*)' },
    { ch: '\t', slug: 'tab', text: 'a tab' },
    { ch: '+', slug: 'plus', text: 'a plus sign (+)' },
    { ch: '，', slug: 'fullwidth-comma', text: 'a full-width comma (，)' },
];
const PUNCTUATION_NAMES = { ':': 'colon', _: 'underscore', '.': 'period', '-': 'hyphen' };
/** A sample for one of the spec's extra characters. */
function punctuation(ch) {
    const slug = PUNCTUATION_NAMES[ch] ?? `u${(ch.codePointAt(0) ?? 0).toString(16)}`;
    return { ch, slug, text: `a ${slug} (${ch})` };
}
/** Lower-case, id-safe slug of free text ('https://' → 'https'). */
export function slugify(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** Builds a case from a definition after checking its intent against the predicates. */
function nameCase(spec, d) {
    const broken = labelNameSpec(spec, d.ns);
    verifyNameLabel(spec, d.ns, broken);
    const id = caseId(d.rule, d.scenario, d.slug);
    const labelled = broken.length === 0 ? 'positive' : 'negative';
    if (labelled !== d.intent)
        throw new KpcError('KPC_INTERNAL', `${id}: intended ${d.intent}, but the spec's predicates say ${labelled} (breaks [${broken.join(', ')}])`);
    const vars = { name: { name: d.ns }, key: { key: CHEAP_KEY } };
    if (d.intent === 'positive') {
        return makeCase(spec, {
            id,
            title: `accepts ${d.what}`,
            rules: [d.rule, ...responseRules(spec)],
            scenario: d.scenario,
            polarity: 'positive',
            vars,
            steps: [importStep(importParams(), acceptImport(spec, d.rule))],
        });
    }
    if (!broken.includes(d.rule))
        throw new KpcError('KPC_INTERNAL', `${id}: meant to break ${d.rule}, but breaks [${broken.join(', ')}]`);
    const violation = violationOf(spec, d.rule);
    for (const other of broken) {
        if (JSON.stringify(violationOf(spec, other)) !== JSON.stringify(violation))
            throw new KpcError('KPC_INTERNAL', `${id}: breaks ${d.rule} and ${other}, which demand different errors`);
    }
    return makeCase(spec, {
        id,
        title: `rejects ${d.what} ${outcomeText(violation)}`,
        rules: [d.rule, ...broken],
        scenario: d.scenario,
        polarity: 'negative',
        errorRow: rowOf(violation),
        vars,
        steps: [importStep(importParams(), rejectImport(spec, violation, d.rule))],
    });
}
/** Length boundaries: one below, at and one above each end, in Latin and in Chinese characters. */
function lengthDefs(spec) {
    const r = ruleOfKind(spec, 'KeyPairName', 'length');
    const { min, max } = lengthOf(spec, r.id);
    const scenario = (n) => n < min ? 'below-min-length' : n > max ? 'above-max-length' : 'valid-boundary';
    const intent = (n) => (n < min || n > max ? 'negative' : 'positive');
    const latin = [min - 1, min, min + 1, max - 1, max, max + 1].filter((n) => n >= 1);
    const cjk = [min - 1, min, max, max + 1].filter((n) => n >= 1);
    const longest = Math.max(...UNIQUE_LENGTHS);
    return [
        ...latin.map((n) => ({
            rule: r.id,
            scenario: scenario(n),
            slug: `${n}-latin`,
            what: `a ${n}-character name`,
            ns: { length: n },
            intent: intent(n),
        })),
        ...cjk.map((n) => {
            // Long enough for the run's unique part: start with a Chinese character and pad with them.
            const ns = n > longest + 1 ? { length: n, prefix: '中', fill: 'cjk' } : { length: n, fill: 'cjk' };
            const what = ns.prefix
                ? `a ${n}-character name mostly of Chinese characters`
                : `a ${n}-character name of Chinese characters`;
            return { rule: r.id, scenario: scenario(n), slug: `${n}-cjk`, what, ns, intent: intent(n) };
        }),
    ];
}
/** First characters: letters of several scripts (valid), a digit and each extra character (invalid). */
function firstCharDefs(spec) {
    const r = ruleOfKind(spec, 'KeyPairName', 'first-char');
    const charset = ruleOfKind(spec, 'KeyPairName', 'charset').constraint;
    const samples = [...LETTER_SAMPLES, DIGIT_SAMPLE, ...[...charset.extra].map(punctuation)];
    return samples.map((s) => {
        const ok = inClasses(s.ch, r.constraint.classes);
        return {
            rule: r.id,
            scenario: ok ? 'valid-class' : 'invalid-first-char',
            slug: s.slug,
            what: `a name starting with ${s.text}`,
            ns: { prefix: s.ch },
            intent: ok ? 'positive' : 'negative',
        };
    });
}
/** Characters inside the name: each extra character, digits and other letters (valid); forbidden samples. */
function charsetDefs(spec) {
    const r = ruleOfKind(spec, 'KeyPairName', 'charset');
    const allowed = [
        ...[...r.constraint.extra].map(punctuation),
        { ch: '0123456789', slug: 'digits', text: 'every ASCII digit' },
        {
            ch: LETTER_SAMPLES.map((s) => s.ch).join(''),
            slug: 'letters-of-several-scripts',
            text: 'letters of several scripts',
        },
    ];
    return [
        ...allowed.map((s) => ({
            rule: r.id,
            scenario: 'valid-class',
            slug: s.slug,
            what: `a name containing ${s.text}`,
            ns: { infix: s.ch },
            intent: 'positive',
        })),
        ...FORBIDDEN_SAMPLES.map((s) => ({
            rule: r.id,
            scenario: 'forbidden-character',
            slug: s.slug,
            what: `a name containing ${s.text}`,
            ns: { infix: s.ch },
            intent: 'negative',
        })),
    ];
}
/** Each forbidden prefix, followed by a name that is otherwise well formed. */
function prefixDefs(spec) {
    const r = ruleOfKind(spec, 'KeyPairName', 'forbidden-prefix');
    return r.constraint.prefixes.map((p) => ({
        rule: r.id,
        scenario: 'forbidden-prefix',
        slug: slugify(p),
        what: `a name starting with ${p}`,
        ns: { prefix: p },
        intent: 'negative',
    }));
}
/** Every KeyPairName value case, in a stable order. */
export function nameCases(spec) {
    const defs = [...lengthDefs(spec), ...firstCharDefs(spec), ...charsetDefs(spec), ...prefixDefs(spec)];
    return defs.map((d) => nameCase(spec, d));
}
