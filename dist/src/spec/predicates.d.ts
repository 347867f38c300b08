import type { CharClass, Constraint, Rule, Spec, Violation } from './types.ts';
/** Unicode characters (code points) of a string; the document's "characters". */
export declare function chars(s: string): string[];
/** True when `ch` (one code point) is in one of the classes. */
export declare function inClasses(ch: string, classes: readonly CharClass[]): boolean;
/**
 * Checks a plain value constraint. Returns undefined for constraints that need state or a
 * key parser (region, resource group, uniqueness, quota, public key), which callers check.
 */
export declare function satisfies(c: Constraint, value: string | undefined): boolean | undefined;
/** The rules of a parameter (or `Tag.N.Key`-style field) that carry a plain value constraint. */
export declare function valueRules(spec: Spec, operation: string, parameter: string): Rule[];
/** The first value rule `value` breaks, in spec order, or undefined when it satisfies all. */
export declare function firstBrokenRule(spec: Spec, operation: string, parameter: string, value: string | undefined): Rule | undefined;
/** True when a KeyPairName satisfies every documented name rule (the model's verdict). */
export declare function isValidKeyPairName(spec: Spec, name: string): boolean;
/** The error codes a violation allows; empty when only a status class is asserted. */
export declare function violationCodes(v: Violation): string[];
/** Tag indices present in flattened params (`Tag.3.Key` → 3), as written. */
export declare function tagIndices(params: Record<string, string>): string[];
