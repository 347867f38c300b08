import { KpcError } from '../errors.js';
import { parsePublicKeyBody, md5Fingerprint } from '../keys/index.js';
import { interpolate, stepParams } from '../engine/index.js';
import { CONTRACT_RESOURCE_GROUP } from './contract.js';
import { bindContractVars, UnbindableCase } from './contract-source.js';
import { responseBody, statusSpec } from './response.js';
/** The multi-step cases of the contract. */
export const STATEFUL_CASES = {
    'ikp-name-unique/duplicate-name/second-import': { step: 1, states: [0] },
    'dkp-fp-filter/persistence/by-fingerprint': { step: 1, states: [0] },
    'dkp-include-public-key/response-shape/with-and-without': {
        step: 1,
        states: [0],
        title: 'returns PublicKey with IncludePublicKey=true',
    },
    'ikp-quota/quota/fill-region': {
        step: 2,
        states: [1],
        title: 'refuses an import into a region that holds 500 key pairs with QuotaExceed.KeyPair',
    },
};
function isBuiltin(s) {
    return 'builtin' in s;
}
/** The rules a step's expectations cite, in order; a step citing none falls back to the case's. */
export function rulesOf(step, c) {
    const found = new Set();
    const walk = (v) => {
        if (Array.isArray(v))
            v.forEach(walk);
        else if (typeof v === 'object' && v !== null) {
            const rule = v.rule;
            if (typeof rule === 'string')
                found.add(rule);
            Object.values(v).forEach(walk);
        }
    };
    walk(step.expect);
    return found.size > 0 ? [...found] : (step.rules ?? c.rules);
}
/** The state an earlier step stands for; its saved fingerprint is known from the fixture. */
function stateOf(step, b) {
    if (isBuiltin(step))
        return { kind: 'region-full', region: interpolate(step.region, b.values), count: step.upTo };
    const p = stepParams(step, b.values);
    const ok = step.action === 'ImportKeyPair' && p['KeyPairName'] && p['RegionId'] && p['PublicKeyBody'];
    if (!ok)
        throw new UnbindableCase(`step ${step.action} cannot become a provider state`);
    const parsed = parsePublicKeyBody(p['PublicKeyBody']);
    for (const [as, path] of Object.entries(step.save ?? {})) {
        if (path !== 'body.KeyPairFingerPrint' || !parsed.ok)
            throw new UnbindableCase(`cannot know ${path} before the provider answers`);
        b.values[as] = md5Fingerprint(parsed.key.blob).colon;
    }
    return { kind: 'key-pair-exists', name: p['KeyPairName'], region: p['RegionId'], publicKey: p['PublicKeyBody'] };
}
/** The interaction a case becomes, or why it cannot become one. */
export async function interactionOf(c) {
    const skip = (reason) => ({ caseId: c.id, reason });
    if (c.polarity === 'observation' || c.evidence === 'undocumented')
        return skip('observations are recorded, never contracted');
    const plan = STATEFUL_CASES[c.id] ?? (c.steps.length === 1 ? { step: 0, states: [] } : undefined);
    if (plan === undefined)
        return skip('more than one request');
    const step = c.steps[plan.step];
    if (!step || isBuiltin(step) || step.times !== undefined || !step.expect)
        return skip('the step is not one judged request');
    const status = statusSpec(step.expect.status);
    if (status === undefined)
        return skip('its status expectation is not expressible in Pact');
    try {
        const b = await bindContractVars(c.id, c.vars);
        const states = plan.states.map((i) => stateOf(c.steps[i], b));
        if (c.requires?.includes('resource-group'))
            states.push({ kind: 'resource-group-exists', id: CONTRACT_RESOURCE_GROUP });
        const notes = [];
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
    }
    catch (e) {
        if (e instanceof UnbindableCase || (e instanceof KpcError && e.code === 'KPC_CASE_FILE'))
            return skip(e.message);
        throw e;
    }
}
/** Every case's interaction, in case order, plus the cases left out. */
export async function contractInteractions(cases) {
    const interactions = [];
    const skipped = [];
    for (const c of cases) {
        const r = await interactionOf(c);
        if ('description' in r)
            interactions.push(r);
        else
            skipped.push(r);
    }
    return { interactions, skipped };
}
