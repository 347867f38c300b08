/**
 * ImportKeyPair. Its checks run in Behaviour.importChecks order (README: "Order of
 * checks"); the first that fails answers, and a failed import leaves the state as it was.
 */
import type { ParsedPublicKey } from '../../src/keys/index.ts';
import { checkRegion, codeForRule, param, requireParams } from './params.ts';
import { fail, ok } from './responses.ts';
import { hasNameKey } from './name-index.ts';
import { addKeyPair, regionOf } from './state.ts';
import { validateTags } from './tags.ts';
import type { ImportCheckId } from './behaviour.ts';
import type { CoreEnv, EmulatorState, KeyPairRecord, OpResult, Step, Tag } from './types.ts';

type Params = Readonly<Record<string, string>>;

/** The request as the checks see it; the parsed key and tags are filled in by their checks. */
interface ImportContext {
  env: CoreEnv;
  state: EmulatorState;
  params: Params;
  region: string;
  name: string;
  body: string;
  key?: ParsedPublicKey;
  tags?: Tag[];
}

const REQUIRED = ['RegionId', 'KeyPairName', 'PublicKeyBody'] as const;

/** A check's pass: one value for all of them (a pass is only ever tested, never kept). */
const PASS: Step<void> = ok(undefined);

const CHECKS: Record<ImportCheckId, (c: ImportContext) => Step<void>> = {
  required: (c) => requireParams(c.env, c.params, REQUIRED),
  region(c) {
    const r = checkRegion(c.env, param(c.params, 'RegionId'));
    return r.ok ? PASS : r;
  },
  name(c) {
    const rule = c.env.behaviour.nameBrokenRule(c.env.spec, c.name);
    return rule === undefined ? PASS : fail(codeForRule(rule, 'InvalidKeyPairName.Malformed'), 'KeyPairName');
  },
  body(c) {
    const parsed = c.env.behaviour.parseBody(c.body);
    if (!parsed.ok || c.env.behaviour.refuseKey(c.env.spec, parsed.key) !== undefined) {
      return fail('InvalidPublicKeyBody.Malformed', 'PublicKeyBody');
    }
    c.key = parsed.key;
    return PASS;
  },
  tags(c) {
    const t = validateTags(c.env, c.params);
    if (!t.ok) return t;
    c.tags = t.value;
    return PASS;
  },
  'resource-group'(c) {
    const id = param(c.params, 'ResourceGroupId');
    // An empty ResourceGroupId is read as none given (the key pair gets no group).
    if (id === undefined || id === '' || c.env.behaviour.resourceGroupExists(c.state, id)) return PASS;
    return fail('InvalidResourceGroup.NotFound', 'ResourceGroupId');
  },
  unique(c) {
    const b = c.env.behaviour;
    const wanted = b.nameKey(c.name);
    const regions = b.uniqueScope === 'global' ? Object.keys(c.state.regions) : [c.region];
    const taken = regions.some((r) => hasNameKey(regionOf(c.state, r).keyPairs, b.nameKey, wanted));
    return taken ? fail('KeyPair.AlreadyExist', 'KeyPairName') : PASS;
  },
  quota(c) {
    const b = c.env.behaviour;
    return b.quotaUsed(regionOf(c.state, c.region), c.state) >= b.quotaFor(c.env.spec, c.region)
      ? fail('QuotaExceed.KeyPair')
      : PASS;
  },
  // Not in the reference order: a behaviour that refuses one public key under a second name
  // (the document leaves that open) adds it after 'body'.
  'unique-key'(c) {
    const fingerprint = c.key === undefined ? undefined : c.env.behaviour.fingerprint(c.key.blob);
    const taken = regionOf(c.state, c.region).keyPairs.some((k) => k.fingerprint === fingerprint);
    return taken ? fail('InvalidPublicKeyBody.Duplicate', 'PublicKeyBody') : PASS;
  },
};

/** ImportKeyPair: validates, then stores the key pair and returns its fingerprint. */
export function importKeyPair(state: EmulatorState, params: Params, env: CoreEnv): OpResult {
  const c: ImportContext = {
    env,
    state,
    params,
    region: param(params, 'RegionId') ?? '',
    name: param(params, 'KeyPairName') ?? '',
    body: param(params, 'PublicKeyBody') ?? '',
  };
  for (const id of env.behaviour.importChecks) {
    const r = CHECKS[id](c);
    if (r.ok) continue;
    const after = env.behaviour.afterRefusal(state, { check: id, region: c.region, record: () => recordOf(c) });
    return after === state ? r : { ...r, state: after };
  }
  const record = recordOf(c);
  const next = env.behaviour.afterImport(state, addKeyPair(state, c.region, record));
  return { ok: true, state: next, body: { KeyPairName: c.name, KeyPairFingerPrint: record.fingerprint } };
}

/**
 * The record an import stores. A behaviour that skips a check still gets a coherent one: what
 * was skipped is parsed here.
 */
function recordOf(c: ImportContext): KeyPairRecord {
  const { env, params } = c;
  const blob = c.key?.blob ?? reparse(env, c.body);
  return {
    name: c.name,
    fingerprint: env.behaviour.fingerprint(blob),
    publicKey: env.behaviour.storedPublicKey(c.body),
    creationTime: env.behaviour.creationTime(env.now),
    resourceGroupId: param(params, 'ResourceGroupId') ?? '',
    tags: c.tags ?? tagsOrEmpty(env, params),
  };
}

function reparse(env: CoreEnv, body: string): Uint8Array {
  const r = env.behaviour.parseBody(body);
  return r.ok ? r.key.blob : new TextEncoder().encode(body);
}

function tagsOrEmpty(env: CoreEnv, params: Params): Tag[] {
  const t = validateTags(env, params);
  return t.ok ? t.value : [];
}
