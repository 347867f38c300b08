import type { Constraint, Rule, Spec } from '../../src/spec/types.ts';
/** A constraint's replacement; undefined drops the rule altogether. */
export type ConstraintChange = (c: Constraint) => Constraint | undefined;
/** A function giving `spec` with the constraint of rule(s) `ruleId` changed (memoised per spec). */
export declare function tweakSpec(ruleId: string | readonly string[], change: ConstraintChange): (spec: Spec) => Spec;
/** A Behaviour.nameBrokenRule judging names with one rule changed. */
export declare function nameRuleWith(ruleId: string, change: ConstraintChange): (spec: Spec, name: string) => Rule | undefined;
/** A Behaviour.tagBrokenRule judging tag keys and values with rule(s) changed. */
export declare function tagRuleWith(ruleId: string | readonly string[], change: ConstraintChange): (spec: Spec, field: 'Key' | 'Value', value: string) => Rule | undefined;
/** A length constraint with a new min and/or max. */
export declare function lengthBounds(min?: number, max?: number): ConstraintChange;
/** A charset constraint with characters added to or removed from its extras. */
export declare function charsetExtra(add: string, remove?: string): ConstraintChange;
/** A prefix or substring constraint without the given entries. */
export declare function withoutEntries(...drop: string[]): ConstraintChange;
