import type { Case, Scenario, VarSpec } from '../src/cases/types.ts';
import { KpcError } from '../src/errors.ts';
import { satisfies, valueRules } from '../src/spec/predicates.ts';
import type { Spec } from '../src/spec/types.ts';
import {
  acceptImport,
  caseId,
  CHEAP_KEY,
  importParams,
  importStep,
  makeCase,
  outcomeText,
  rejectImport,
  responseRules,
  violationOf,
} from './case-kit.ts';
import { slugify } from './name-cases.ts';
import { constraintOf, lengthOf, minLengthOf, OP, parameters } from './spec-view.ts';

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
function examples(spec: Spec): { key: string; value: string } {
  const fields = parameters(spec).find((p) => p.name === 'Tag')?.fields ?? [];
  const key = fields.find((f) => f.name === 'Key')?.example;
  const value = fields.find((f) => f.name === 'Value')?.example;
  if (key === undefined || value === undefined)
    throw new KpcError('KPC_SPEC', 'Tag.N.Key and Tag.N.Value need examples');
  return { key, value };
}

/** Rule ids of `field` ('Key' or 'Value') that `s` breaks, by the spec's predicates. */
function broken(spec: Spec, field: 'Key' | 'Value', s: string): string[] {
  return valueRules(spec, OP, `Tag.N.${field}`)
    .filter((r) => satisfies(r.constraint, s) === false)
    .map((r) => r.id);
}

/** Tag params for tags numbered `indices`, with keys and values from `kv`. */
function tagParams(indices: readonly number[], kv: (i: number) => [string, string]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of indices) {
    const [k, v] = kv(i);
    out[`Tag.${i}.Key`] = k;
    out[`Tag.${i}.Value`] = v;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

interface TagCaseDef {
  rule: string;
  scenario: Scenario;
  slug: string;
  what: string;
  tags: Record<string, string>;
  extraVars?: Record<string, VarSpec>;
  intent: 'positive' | 'negative';
}

function tagCase(spec: Spec, d: TagCaseDef, rules: string[]): Case {
  const vars: Record<string, VarSpec> = { name: { name: {} }, key: { key: CHEAP_KEY }, ...d.extraVars };
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
function indexCases(spec: Spec): Case[] {
  const { min, max } = constraintOf(spec, INDEX, 'index-range');
  const kv = (i: number): [string, string] => [`key${i}`, `value${i}`];
  const count = (n: number) => plural(n, 'tag');
  const defs: TagCaseDef[] = [
    ...[0, 1, max - min + 1].map((n) => ({
      rule: INDEX,
      scenario: 'tag-count' as const,
      slug: plural(n, 'tag').replace(' ', '-'),
      what: `an import with ${count(n)}`,
      tags: tagParams(range(min, min + n - 1), kv),
      intent: 'positive' as const,
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
      scenario: 'tag-index-out-of-range' as const,
      slug: `tag-${i}`,
      what: `a tag numbered Tag.${i}`,
      tags: tagParams([i], kv),
      intent: 'negative' as const,
    })),
  ];
  return defs.map((d) => tagCase(spec, d, []));
}

/** One value for a tag key or value: inline when short, a `text` var when long. */
interface Probe {
  rule: string;
  scenario: Scenario;
  slug: string;
  what: string;
  value: string;
  intent: 'positive' | 'negative';
}

/** A single-tag case whose `field` is `p.value`, checked against the predicates first. */
function fieldCase(spec: Spec, field: 'Key' | 'Value', p: Probe): Case {
  const hits = broken(spec, field, p.value);
  const id = caseId(p.rule, p.scenario, p.slug);
  if ((hits.length === 0) !== (p.intent === 'positive') || (p.intent === 'negative' && !hits.includes(p.rule))) {
    throw new KpcError(
      'KPC_INTERNAL',
      `${id}: intended ${p.intent} for ${p.rule}, but the predicates say it breaks [${hits.join(', ')}]`,
    );
  }
  const ex = examples(spec);
  const long = [...p.value].length > INLINE_MAX;
  const varName = field === 'Key' ? 'tagKey' : 'tagValue';
  const text = long ? `\${${varName}}` : p.value;
  const [k, v] = field === 'Key' ? [text, ex.value] : [ex.key, text];
  const extraVars: Record<string, VarSpec> | undefined = long
    ? { [varName]: { text: { length: [...p.value].length, fill: [...p.value][0] ?? 'x' } } }
    : undefined;
  if (long && p.value !== ([...p.value][0] ?? '').repeat([...p.value].length))
    throw new KpcError('KPC_INTERNAL', `${id}: a long probe must repeat one character`);
  return tagCase(
    spec,
    {
      rule: p.rule,
      scenario: p.scenario,
      slug: p.slug,
      what: p.what,
      tags: { 'Tag.1.Key': k, 'Tag.1.Value': v },
      ...(extraVars ? { extraVars } : {}),
      intent: p.intent,
    },
    hits,
  );
}

/** A probe for one length or string of a field, described the same way for keys and values. */
function probe(
  rule: string,
  scenario: Probe['scenario'],
  slug: string,
  what: string,
  value: string,
  intent: Probe['intent'],
): Probe {
  return { rule, scenario, slug, what, value, intent };
}

/** The part of a tag a probe is about, as its words and the character its values repeat. */
interface Field {
  /** "key" or "value". */
  name: 'key' | 'value';
  letter: string;
}

/** A value of `max` characters (accepted) and one of `max + 1` (refused). */
function maxLengthProbes(field: Field, rule: string, max: number): Probe[] {
  const of = (n: number): string => `a tag ${field.name} of ${n} characters`;
  return [
    probe(rule, 'valid-boundary', `${field.name}-${max}-chars`, of(max), field.letter.repeat(max), 'positive'),
    probe(
      rule,
      'above-max-length',
      `${field.name}-${max + 1}-chars`,
      of(max + 1),
      field.letter.repeat(max + 1),
      'negative',
    ),
  ];
}

/** A value containing each substring the rule forbids. */
function substringProbes(spec: Spec, field: Field, rule: string): Probe[] {
  return constraintOf(spec, rule, 'forbidden-substring').substrings.map((sub) =>
    probe(
      rule,
      'forbidden-substring',
      slugify(sub),
      `a tag ${field.name} containing ${sub}`,
      `${field.name}-${sub}example`,
      'negative',
    ),
  );
}

const KEY: Field = { name: 'key', letter: 'k' };
const VALUE: Field = { name: 'value', letter: 'v' };

/** Key probes: empty, the length bounds, every forbidden prefix and substring. */
function keyProbes(spec: Spec): Probe[] {
  const min = minLengthOf(spec, KEY_NONEMPTY);
  const max = lengthOf(spec, KEY_LENGTH).max;
  return [
    probe(KEY_NONEMPTY, 'empty-value', 'empty-key', 'an empty tag key', 'k'.repeat(min - 1), 'negative'),
    probe(
      KEY_NONEMPTY,
      'valid-boundary',
      `key-${plural(min, 'char').replace(' ', '-')}`,
      `a tag key of ${plural(min, 'character')}`,
      'k'.repeat(min),
      'positive',
    ),
    ...maxLengthProbes(KEY, KEY_LENGTH, max),
    ...constraintOf(spec, KEY_PREFIX, 'forbidden-prefix').prefixes.map((pre) =>
      probe(KEY_PREFIX, 'forbidden-prefix', slugify(pre), `a tag key starting with ${pre}`, `${pre}Key`, 'negative'),
    ),
    ...substringProbes(spec, KEY, KEY_URL),
  ];
}

/** Value probes: the length bounds and every forbidden substring. */
function valueProbes(spec: Spec): Probe[] {
  const { min, max } = lengthOf(spec, VALUE_LENGTH);
  const shortest = min === 0 ? 'an empty tag value' : `a tag value of ${min} characters`;
  return [
    probe(VALUE_LENGTH, 'valid-boundary', `value-${min}-chars`, shortest, 'v'.repeat(min), 'positive'),
    ...maxLengthProbes(VALUE, VALUE_LENGTH, max),
    ...substringProbes(spec, VALUE, VALUE_URL),
  ];
}

/** Key and value probes at every boundary and forbidden string the rules name. */
function fieldCases(spec: Spec): Case[] {
  return [
    ...keyProbes(spec).map((p) => fieldCase(spec, 'Key', p)),
    ...valueProbes(spec).map((p) => fieldCase(spec, 'Value', p)),
  ];
}

/** Every tag case, in a stable order. */
export function tagCases(spec: Spec): Case[] {
  return [...indexCases(spec), ...fieldCases(spec)];
}
