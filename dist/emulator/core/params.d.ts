/**
 * Checks shared by the operations: required parameters, the region, and mapping a
 * broken spec rule to the error code its violation names.
 */
import type { Rule } from '../../src/spec/types.ts';
import type { CoreEnv, Step } from './types.ts';
type Params = Readonly<Record<string, string>>;
/** A parameter's value, own properties only (a parameter may be called `constructor`). */
export declare function param(params: Params, name: string): string | undefined;
/** True when the parameter counts as absent (missing, or empty where empty means missing). */
export declare function isAbsent(env: CoreEnv, value: string | undefined): boolean;
/** MissingParameter for the first required parameter that is absent, in the given order. */
export declare function requireParams(env: CoreEnv, params: Params, names: readonly string[]): Step<void>;
/** InvalidRegionId.NotFound unless RegionId names a region of the service. */
export declare function checkRegion(env: CoreEnv, region: string | undefined): Step<string>;
/** The code a broken rule's violation names; `fallback` when it names only a status class. */
export declare function codeForRule(rule: Rule, fallback: string): string;
/** A positive decimal integer written plainly (no sign, no leading zeros), or undefined. */
export declare function parsePositiveInt(text: string): number | undefined;
export {};
