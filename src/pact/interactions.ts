/**
 * Which cases become interactions, and how. A case qualifies when it judges documented or
 * inferred behaviour with one request; a few multi-step cases qualify too, their earlier
 * steps becoming provider states (an import before a duplicate, a filled region before the
 * 501st import). The result is plain data; consumer.ts turns it into Pact calls.
 */
import type { BuiltinStep, Case, Step } from '../cases/types.ts';
import { KpcError } from '../errors.ts';
import { parsePublicKeyBody, md5Fingerprint } from '../keys/index.ts';
import { interpolate, stepParams, type Bindings } from '../engine/index.ts';
import { CONTRACT_RESOURCE_GROUP } from './contract.ts';
import { bindContractVars, UnbindableCase } from './contract-source.ts';
import type { ProviderState } from './provider-states.ts';
import { responseBody, statusSpec, type StatusSpec } from './response.ts';

/** One interaction of the contract, before it meets Pact. */
export interface InteractionSpec {
  caseId: string;
  /** `<case id>: <case title>`; unique, and what the verifier names on failure. */
  description: string;
  rules: string[];
  states: ProviderState[];
  action: string;
  params: Record<string, string>;
  status: StatusSpec;
  /** Pact response body template (literals and MatchersV3 values). */
  body: Record<string, unknown>;
  /** Expectations of the case that Pact cannot express. */
  notes: string[];
}

/** A case left out of the contract, and why. */
export interface Skipped {
  caseId: string;
  reason: string;
}

/**
 * How a multi-step case qualifies: the step that is the interaction, the earlier steps that
 * become its states, and a title when the case's own says more than that step.
 */
export interface StatefulCase {
  step: number;
  states: number[];
  title?: string;
  /** The key pairs a fill state stands for, when the case reaches that count over several steps. */
  fillTo?: number;
}

/** The multi-step cases of the contract. */
export const STATEFUL_CASES: Readonly<Record<string, StatefulCase>> = {
  'ikp-name-unique/duplicate-name/second-import': { step: 1, states: [0] },
  'dkp-fp-filter/persistence/by-fingerprint': { step: 1, states: [0] },
  'dkp-include-public-key/response-shape/with-and-without': {
    step: 1,
    states: [0],
    title: 'returns PublicKey with IncludePublicKey=true',
  },
  'ikp-quota/quota/fill-region': {
    step: 4,
    states: [1],
    fillTo: 500,
    title: 'refuses an import into a region that holds 500 key pairs with QuotaExceed.KeyPair',
  },
};

function isBuiltin(s: Step | BuiltinStep): s is BuiltinStep {
  return 'builtin' in s;
}

/** The rules a step's expectations cite, in order; a step citing none falls back to the case's. */
export function rulesOf(step: Step, c: Case): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      const rule = (v as { rule?: unknown }).rule;
      if (typeof rule === 'string') found.add(rule);
      Object.values(v).forEach(walk);
    }
  };
  walk(step.expect);
  return found.size > 0 ? [...found] : (step.rules ?? c.rules);
}

/** The state an earlier step stands for; its saved fingerprint is known from the fixture. */
function stateOf(step: Step | BuiltinStep, b: Bindings, fillTo?: number): ProviderState {
  if (isBuiltin(step)) {
    if (step.builtin !== 'fill-region')
      throw new UnbindableCase(`a ${step.builtin} step cannot become a provider state`);
    return { kind: 'region-full', region: interpolate(step.region, b.values), count: fillTo ?? step.upTo };
  }
  const p = stepParams(step, b.values);
  const ok = step.action === 'ImportKeyPair' && p['KeyPairName'] && p['RegionId'] && p['PublicKeyBody'];
  if (!ok) throw new UnbindableCase(`step ${step.action} cannot become a provider state`);
  const parsed = parsePublicKeyBody(p['PublicKeyBody']!);
  for (const [as, path] of Object.entries(step.save ?? {})) {
    if (path !== 'body.KeyPairFingerPrint' || !parsed.ok)
      throw new UnbindableCase(`cannot know ${path} before the provider answers`);
    b.values[as] = md5Fingerprint(parsed.key.blob).colon;
  }
  return { kind: 'key-pair-exists', name: p['KeyPairName']!, region: p['RegionId']!, publicKey: p['PublicKeyBody']! };
}

/** The interaction a case becomes, or why it cannot become one. */
export async function interactionOf(c: Case): Promise<InteractionSpec | Skipped> {
  const skip = (reason: string): Skipped => ({ caseId: c.id, reason });
  if (c.polarity === 'observation' || c.evidence === 'undocumented')
    return skip('observations are recorded, never contracted');
  const plan = STATEFUL_CASES[c.id] ?? (c.steps.length === 1 ? { step: 0, states: [] } : undefined);
  if (plan === undefined) return skip('more than one request');
  const step = c.steps[plan.step];
  if (!step || isBuiltin(step) || step.times !== undefined || !step.expect)
    return skip('the step is not one judged request');
  if (step.send !== undefined) return skip("it asks for another signature or form than the contract's (V3, JSON)");
  const status = statusSpec(step.expect.status);
  if (status === undefined) return skip('its status expectation is not expressible in Pact');
  try {
    const b = await bindContractVars(c.id, c.vars);
    const states = plan.states.map((i) => stateOf(c.steps[i]!, b, plan.fillTo));
    if (c.requires?.includes('resource-group'))
      states.push({ kind: 'resource-group-exists', id: CONTRACT_RESOURCE_GROUP });
    const notes: string[] = [];
    const body = responseBody(step.expect.body, status, {
      bindings: b,
      notes,
      itemShape: c.rules.includes('DKP-ITEM-SHAPE'),
    });
    return {
      caseId: c.id,
      description: `${c.id}: ${plan.title ?? c.title}`,
      rules: rulesOf(step, c),
      states,
      action: step.action,
      params: stepParams(step, b.values),
      status,
      body,
      notes,
    };
  } catch (e) {
    if (e instanceof UnbindableCase || (e instanceof KpcError && e.code === 'KPC_CASE_FILE')) return skip(e.message);
    throw e;
  }
}

/** Every case's interaction, in case order, plus the cases left out. */
export async function contractInteractions(
  cases: readonly Case[],
): Promise<{ interactions: InteractionSpec[]; skipped: Skipped[] }> {
  const interactions: InteractionSpec[] = [];
  const skipped: Skipped[] = [];
  for (const c of cases) {
    const r = await interactionOf(c);
    if ('description' in r) interactions.push(r);
    else skipped.push(r);
  }
  return { interactions, skipped };
}
