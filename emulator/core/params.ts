/**
 * Checks shared by the operations: required parameters, the region, and mapping a
 * broken spec rule to the error code its violation names.
 */
import type { Rule } from '../../src/spec/types.ts';
import { fail, missing, ok } from './responses.ts';
import type { CoreEnv, Step } from './types.ts';

type Params = Readonly<Record<string, string>>;

/** A parameter's value, own properties only (a parameter may be called `constructor`). */
export function param(params: Params, name: string): string | undefined {
  return Object.hasOwn(params, name) ? params[name] : undefined;
}

/** True when the parameter counts as absent (missing, or empty where empty means missing). */
export function isAbsent(env: CoreEnv, value: string | undefined): boolean {
  return value === undefined || (value === '' && env.behaviour.emptyIsMissing);
}

const PRESENT: Step<void> = ok(undefined);

/** MissingParameter for the first required parameter that is absent, in the given order. */
export function requireParams(env: CoreEnv, params: Params, names: readonly string[]): Step<void> {
  for (const name of names) if (isAbsent(env, param(params, name))) return missing(name);
  return PRESENT;
}

/** InvalidRegionId.NotFound unless RegionId names a region of the service. */
export function checkRegion(env: CoreEnv, region: string | undefined): Step<string> {
  if (region === undefined || !env.behaviour.regionKnown(env.spec, region)) return fail('InvalidRegionId.NotFound');
  return ok(region);
}

/** The code a broken rule's violation names; `fallback` when it names only a status class. */
export function codeForRule(rule: Rule, fallback: string): string {
  const v = rule.violation;
  if (v === undefined || 'statusClass' in v) return fallback;
  return 'error' in v ? v.error : (v.oneOf[0] ?? fallback);
}

/** A positive decimal integer written plainly (no sign, no leading zeros), or undefined. */
export function parsePositiveInt(text: string): number | undefined {
  if (!/^[1-9][0-9]{0,8}$/.test(text)) return undefined;
  return Number(text);
}
