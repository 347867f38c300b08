/**
 * DeleteKeyPairs: KeyPairNames is a JSON array of 1..deleteMax names. Names that do not
 * exist are ignored (the document is silent; README "Choices"). Deleting frees the
 * names and their places in the quota.
 */
import { checkRegion, param, requireParams } from './params.ts';
import { fail, ok } from './responses.ts';
import { removeKeyPairs } from './state.ts';
import type { CoreEnv, EmulatorState, OpResult, Step } from './types.ts';

type Params = Readonly<Record<string, string>>;

/** The names of a KeyPairNames value, or InvalidKeyPairNames.ValueNotSupported. */
export function parseKeyPairNames(env: CoreEnv, text: string): Step<string[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('InvalidKeyPairNames.ValueNotSupported', 'KeyPairNames');
  }
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    return fail('InvalidKeyPairNames.ValueNotSupported', 'KeyPairNames');
  }
  if (value.length === 0 || value.length > env.behaviour.deleteMax(env.spec)) {
    return fail('InvalidKeyPairNames.ValueNotSupported', 'KeyPairNames');
  }
  return ok(value);
}

/** DeleteKeyPairs: removes the named key pairs of the region. */
export function deleteKeyPairs(state: EmulatorState, params: Params, env: CoreEnv): OpResult {
  const required = requireParams(env, params, env.behaviour.requiredParams(env.spec, 'DeleteKeyPairs'));
  if (!required.ok) return required;
  const region = checkRegion(env, param(params, 'RegionId'));
  if (!region.ok) return region;
  const names = parseKeyPairNames(env, param(params, 'KeyPairNames') ?? '');
  if (!names.ok) return names;
  const keys = new Set(names.value.map((n) => env.behaviour.nameKey(n)));
  const next = removeKeyPairs(state, region.value, (k) => keys.has(env.behaviour.nameKey(k.name)));
  return {
    ok: true,
    state: env.behaviour.afterDelete(state, next, { region: region.value, names: names.value }),
    body: {},
  };
}
