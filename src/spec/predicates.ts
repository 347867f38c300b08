import type { CharClass, Constraint, Rule, Spec, Violation } from './types.ts';

/**
 * The spec's own predicates: pure functions that say whether a value satisfies a rule's
 * constraint. The emulator validates with them, the generators label cases with them,
 * and exploration uses them as the model, so all three agree by construction.
 */

const LETTER = /^\p{L}$/u;
const DIGIT = /^[0-9]$/;

/** Unicode characters (code points) of a string; the document's "characters". */
export function chars(s: string): string[] {
  return [...s];
}

/** True when `ch` (one code point) is in one of the classes. */
export function inClasses(ch: string, classes: readonly CharClass[]): boolean {
  return classes.some((c) => (c === 'letter' ? LETTER.test(ch) : DIGIT.test(ch)));
}

/**
 * Checks a plain value constraint. Returns undefined for constraints that need state or a
 * key parser (region, resource group, uniqueness, quota, public key), which callers check.
 */
export function satisfies(c: Constraint, value: string | undefined): boolean | undefined {
  switch (c.kind) {
    case 'required':
      return value !== undefined;
    case 'length': {
      if (value === undefined) return true;
      const n = chars(value).length;
      return n >= (c.min ?? 0) && n <= (c.max ?? Infinity);
    }
    case 'first-char': {
      if (value === undefined || value === '') return true; // length rules own the empty case
      return inClasses(chars(value)[0] ?? '', c.classes);
    }
    case 'charset':
      return value === undefined || chars(value).every((ch) => inClasses(ch, c.classes) || c.extra.includes(ch));
    case 'forbidden-prefix':
      return value === undefined || !c.prefixes.some((p) => value.startsWith(p));
    case 'forbidden-substring':
      return value === undefined || !c.substrings.some((p) => value.includes(p));
    default:
      return undefined;
  }
}

/** The rules of a parameter (or `Tag.N.Key`-style field) that carry a plain value constraint. */
export function valueRules(spec: Spec, operation: string, parameter: string): Rule[] {
  const op = spec.operations[operation];
  if (!op) return [];
  return op.rules.filter(
    (r) => r.parameter === parameter && r.violation !== undefined && satisfies(r.constraint, '') !== undefined,
  );
}

/** The first value rule `value` breaks, in spec order, or undefined when it satisfies all. */
export function firstBrokenRule(
  spec: Spec,
  operation: string,
  parameter: string,
  value: string | undefined,
): Rule | undefined {
  return valueRules(spec, operation, parameter).find((r) => satisfies(r.constraint, value) === false);
}

/** True when a KeyPairName satisfies every documented name rule (the model's verdict). */
export function isValidKeyPairName(spec: Spec, name: string): boolean {
  return firstBrokenRule(spec, 'ImportKeyPair', 'KeyPairName', name) === undefined;
}

/** The error codes a violation allows; empty when only a status class is asserted. */
export function violationCodes(v: Violation): string[] {
  if ('error' in v) return [v.error];
  if ('oneOf' in v) return v.oneOf;
  return [];
}

/** Tag indices present in flattened params (`Tag.3.Key` → 3), as written. */
export function tagIndices(params: Record<string, string>): string[] {
  let out: Set<string> | undefined;
  for (const k of Object.keys(params)) {
    // Most requests carry no tag: a name that does not start so is passed over without the pattern.
    if (!k.startsWith('Tag.')) continue;
    const m = TAG_PARAM.exec(k);
    if (m?.[1] !== undefined) (out ??= new Set()).add(m[1]);
  }
  return out === undefined ? [] : [...out];
}

const TAG_PARAM = /^Tag\.([^.]+)\.(Key|Value)$/;
