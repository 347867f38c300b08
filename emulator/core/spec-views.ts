/**
 * Views of the spec that every request would otherwise rebuild: a parameter's value rules
 * and the documented SSH key types. Memoised per spec object (a spec is never changed
 * once loaded; a mutant's tweaked spec is another object), so they are looked up once.
 */
import { satisfies, valueRules } from '../../src/spec/predicates.ts';
import type { Rule, Spec } from '../../src/spec/types.ts';

const rules = new WeakMap<Spec, Map<string, readonly Rule[]>>();
const sshTypes = new WeakMap<Spec, ReadonlySet<string>>();

/** The value rules of `parameter` of `operation`, in spec order (src/spec/predicates.ts valueRules). */
export function valueRulesOf(spec: Spec, operation: string, parameter: string): readonly Rule[] {
  let byParam = rules.get(spec);
  if (byParam === undefined) rules.set(spec, (byParam = new Map()));
  const key = `${operation}\n${parameter}`;
  let found = byParam.get(key);
  if (found === undefined) byParam.set(key, (found = valueRules(spec, operation, parameter)));
  return found;
}

/** The first value rule `value` breaks, in spec order: firstBrokenRule without re-selecting the rules. */
export function firstBrokenRuleOf(spec: Spec, operation: string, parameter: string, value: string): Rule | undefined {
  return valueRulesOf(spec, operation, parameter).find((r) => satisfies(r.constraint, value) === false);
}

/** SSH key types the spec's documented list stands for. */
export function documentedSshTypes(spec: Spec): ReadonlySet<string> {
  let found = sshTypes.get(spec);
  if (found === undefined) sshTypes.set(spec, (found = new Set(Object.values(spec.keyTypes.sshTypes).flat())));
  return found;
}
