import type { NameSpec } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/**
 * The polarity of a name case, decided by the spec's own predicates: the rules a name
 * breaks. A NameSpec is labelled from its extreme resolutions and then checked against
 * random ones, so a case can never say "accepts" for a name the spec rejects.
 */
/** Ids of every KeyPairName value rule `name` breaks, in spec order (empty: valid). */
export declare function brokenNameRules(spec: Spec, name: string): string[];
/**
 * The rules every resolution of `ns` breaks; a fault when resolutions disagree (the label
 * would then depend on the run's token or on random fill, and the case would be flaky).
 */
export declare function labelNameSpec(spec: Spec, ns: NameSpec): string[];
/** Throws unless `samples` random resolutions of `ns` break exactly `expected` (seeded: reproducible). */
export declare function verifyNameLabel(spec: Spec, ns: NameSpec, expected: readonly string[], seed?: number, samples?: number): void;
