/**
 * Mutants that move a documented bound or character class do it by judging with a spec
 * whose one rule is changed: the same predicates, a different constraint. Tweaked specs
 * are memoised per spec object so a request does not rebuild one.
 */
import { firstBrokenRule } from '../../src/spec/predicates.ts';
import type { Constraint, Rule, Spec } from '../../src/spec/types.ts';

/** A constraint's replacement; undefined drops the rule altogether. */
export type ConstraintChange = (c: Constraint) => Constraint | undefined;

/** A function giving `spec` with the constraint of rule(s) `ruleId` changed (memoised per spec). */
export function tweakSpec(ruleId: string | readonly string[], change: ConstraintChange): (spec: Spec) => Spec {
  const ids: readonly string[] = typeof ruleId === 'string' ? [ruleId] : ruleId;
  const cache = new WeakMap<Spec, Spec>();
  return (spec) => {
    const hit = cache.get(spec);
    if (hit) return hit;
    const operations = Object.fromEntries(
      Object.entries(spec.operations).map(([name, op]) => [
        name,
        {
          ...op,
          rules: op.rules.flatMap((r): Rule[] =>
            !ids.includes(r.id) ? [r] : [change(r.constraint)].flatMap((c) => (c ? [{ ...r, constraint: c }] : [])),
          ),
        },
      ]),
    );
    const tweaked = { ...spec, operations };
    cache.set(spec, tweaked);
    return tweaked;
  };
}

/** A Behaviour.nameBrokenRule judging names with one rule changed. */
export function nameRuleWith(ruleId: string, change: ConstraintChange): (spec: Spec, name: string) => Rule | undefined {
  const tweak = tweakSpec(ruleId, change);
  return (spec, name) => firstBrokenRule(tweak(spec), 'ImportKeyPair', 'KeyPairName', name);
}

/** A Behaviour.tagBrokenRule judging tag keys and values with rule(s) changed. */
export function tagRuleWith(
  ruleId: string | readonly string[],
  change: ConstraintChange,
): (spec: Spec, field: 'Key' | 'Value', value: string) => Rule | undefined {
  const tweak = tweakSpec(ruleId, change);
  return (spec, field, value) => firstBrokenRule(tweak(spec), 'ImportKeyPair', `Tag.N.${field}`, value);
}

/** A length constraint with a new min and/or max. */
export function lengthBounds(min?: number, max?: number): ConstraintChange {
  return (c) => (c.kind === 'length' ? { ...c, min: min ?? c.min, max: max ?? c.max } : c);
}

/** A charset constraint with characters added to or removed from its extras. */
export function charsetExtra(add: string, remove = ''): ConstraintChange {
  return (c) =>
    c.kind === 'charset' ? { ...c, extra: [...c.extra].filter((ch) => !remove.includes(ch)).join('') + add } : c;
}

/** A prefix or substring constraint without the given entries. */
export function withoutEntries(...drop: string[]): ConstraintChange {
  return (c) => {
    if (c.kind === 'forbidden-prefix') return { ...c, prefixes: c.prefixes.filter((p) => !drop.includes(p)) };
    if (c.kind === 'forbidden-substring') return { ...c, substrings: c.substrings.filter((p) => !drop.includes(p)) };
    return c;
  };
}
