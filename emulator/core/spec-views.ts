/**
 * Views of the spec that every request would otherwise rebuild: a parameter's value rules
 * and the documented SSH key types. Memoised per spec object (a spec is never changed
 * once loaded; a mutant's tweaked spec is another object), so they are looked up once.
 */
import { satisfies, valueRules } from '../../src/spec/predicates.ts';
import type { CharClass, Constraint, Rule, Spec } from '../../src/spec/types.ts';

/** A value rule with its constraint compiled: `broken(value)` is `satisfies(constraint, value) === false`. */
interface CheckedRule {
  rule: Rule;
  broken: (value: string) => boolean;
}

const rules = new WeakMap<Spec, Map<string, readonly CheckedRule[]>>();
const sshTypes = new WeakMap<Spec, ReadonlySet<string>>();

function checkedRulesOf(spec: Spec, operation: string, parameter: string): readonly CheckedRule[] {
  let byParam = rules.get(spec);
  if (byParam === undefined) rules.set(spec, (byParam = new Map()));
  const key = `${operation}\n${parameter}`;
  let found = byParam.get(key);
  if (found === undefined) {
    found = valueRules(spec, operation, parameter).map((rule) => ({ rule, broken: brokenBy(rule.constraint) }));
    byParam.set(key, found);
  }
  return found;
}

/** The first value rule `value` breaks, in spec order: firstBrokenRule without re-selecting the rules. */
export function firstBrokenRuleOf(spec: Spec, operation: string, parameter: string, value: string): Rule | undefined {
  for (const c of checkedRulesOf(spec, operation, parameter)) if (c.broken(value)) return c.rule;
  return undefined;
}

/** SSH key types the spec's documented list stands for. */
export function documentedSshTypes(spec: Spec): ReadonlySet<string> {
  let found = sshTypes.get(spec);
  if (found === undefined) sshTypes.set(spec, (found = new Set(Object.values(spec.keyTypes.sshTypes).flat())));
  return found;
}

/**
 * `satisfies(c, value) === false` for a string value, as a function made once per rule: the
 * predicates split a value into an array of code points for each rule and test each one by
 * a pattern of its own; here one pattern runs over the text, or a count walks it, with the
 * same answers (a property test compares them). Anything unusual is left to satisfies.
 */
export function brokenBy(c: Constraint): (value: string) => boolean {
  switch (c.kind) {
    case 'length': {
      const min = c.min ?? 0;
      const max = c.max ?? Infinity;
      return (value) => {
        const n = codePointCount(value);
        return !(n >= min && n <= max);
      };
    }
    case 'first-char': {
      const first = new RegExp(`^[${classSource(c.classes)}]`, 'u');
      return (value) => value !== '' && !first.test(value);
    }
    case 'charset': {
      // A code point of `extra` counts only when it is one whole code unit of it; surrogates aside.
      if (/[\ud800-\udfff]/.test(c.extra)) break;
      const all = new RegExp(`^[${classSource(c.classes)}${c.extra.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}]*$`, 'u');
      return (value) => !all.test(value);
    }
    case 'forbidden-prefix': {
      const prefixes = c.prefixes;
      return (value) => prefixes.some((p) => value.startsWith(p));
    }
    case 'forbidden-substring': {
      const substrings = c.substrings;
      return (value) => substrings.some((p) => value.includes(p));
    }
  }
  return (value) => satisfies(c, value) === false;
}

/** The body of a character class for the predicates' classes: `\p{L}` for letters, `0-9` for digits. */
function classSource(classes: readonly CharClass[]): string {
  return classes.map((k) => (k === 'letter' ? '\\p{L}' : '0-9')).join('');
}

/** The number of code points (`[...s].length`): a surrogate pair counts once, anything else a unit each. */
function codePointCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
