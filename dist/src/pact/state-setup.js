/**
 * Provider-state setup through the API itself (ImportKeyPair), so a verification works
 * against the real cloud; against the reference emulator the test-control endpoints fill a
 * region and add resource groups, which the API cannot do quickly or at all. Every request
 * goes through the verification's session: an import is ledgered before it leaves, and the
 * one reading of its answer (answer.ts) says whether it created something, so teardown
 * finds whatever an answer that was lost may have left.
 */
import { request } from 'undici';
import { describeAnswer } from '../client/index.js';
import { DEFAULT_KEY_SPEC } from '../keys/index.js';
import { at } from '../engine/index.js';
import { fixedKey } from './contract-source.js';
/** A state kpc will not set up here; the message says what would allow it. */
export class StateRefused extends Error {
}
const LABEL = 'pact state';
/** True when `name` exists in `region` and is not this verification's; false when absent or unknowable. */
export async function isForeign(session, region, name) {
    if (session.ledger.holds(region, name))
        return false;
    // A wildcard in a name widens the listing; the exact name is looked for in what comes back.
    const { answer, exchange } = await session.call(LABEL, 'DescribeKeyPairs', {
        RegionId: region,
        KeyPairName: name,
        PageSize: '50',
    });
    const items = at(exchange.response?.body, 'KeyPairs.KeyPair');
    return answer.kind === 'accepted' && Array.isArray(items) && items.some((k) => at(k, 'KeyPairName') === name);
}
async function control(env, path, body) {
    const headers = { 'content-type': 'application/json' };
    const r = await request(`${env.emulatorUrl}/__kpc/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await r.body.text();
    if (r.statusCode !== 200)
        throw new Error(`POST /__kpc/${path} answered ${r.statusCode}: ${text}`);
}
/** Imports one key pair we own, or refuses when a key pair of that name exists and is not ours. */
async function importOwned(env, region, name, publicKey) {
    if (await isForeign(env.session, region, name)) {
        throw new StateRefused(`key pair ${name} already exists in ${region} and was not created by this verification; kpc will not touch it`);
    }
    const { answer } = await env.session.call(LABEL, 'ImportKeyPair', {
        RegionId: region,
        KeyPairName: name,
        PublicKeyBody: publicKey,
    });
    if (answer.kind !== 'accepted')
        throw new Error(`ImportKeyPair ${name} in ${region} answered ${describeAnswer(answer)}`);
}
/** How many key pairs a region holds now. */
async function countIn(env, region) {
    const { answer, exchange } = await env.session.call(LABEL, 'DescribeKeyPairs', { RegionId: region, PageSize: '1' });
    const total = at(exchange.response?.body, 'TotalCount');
    if (answer.kind !== 'accepted' || typeof total !== 'number')
        throw new Error(`DescribeKeyPairs in ${region} answered ${describeAnswer(answer)}`);
    return total;
}
/** Seeds the emulator with `names` through its control endpoint, every name ledgered first. */
async function seed(env, region, names) {
    const { ledger } = env.session;
    for (const n of names)
        ledger.intent(region, n, `${LABEL}: region full`);
    const publicKey = fixedKey('ecdsa-nistp256').publicKey;
    try {
        await control(env, 'seed', { region, keyPairs: names.map((name) => ({ name, publicKey })) });
        for (const n of names)
            ledger.outcome(region, n, 'created');
    }
    catch (e) {
        for (const n of names)
            ledger.outcome(region, n, 'unknown'); // teardown looks for them
        throw e;
    }
}
/** Fills `region` to `count` key pairs, each recorded before it is made. */
async function fill(env, region, count) {
    if (!env.quotaTest)
        throw new StateRefused(`filling ${region} to ${count} key pairs needs --quota-test on a target that is not on this machine`);
    const need = count - (await countIn(env, region));
    const names = Array.from({ length: Math.max(0, need) }, () => `${env.session.nextCore()}f`);
    if (names.length === 0)
        return;
    if (env.emulatorUrl !== undefined)
        return seed(env, region, names);
    // The real thing: fresh keys (one key under many names is undocumented), eight at a time.
    let next = 0;
    const worker = async () => {
        while (next < names.length) {
            const name = names[next++];
            await importOwned(env, region, name, (await env.session.keys(DEFAULT_KEY_SPEC)).publicKey);
        }
    };
    await Promise.all(Array.from({ length: Math.min(8, names.length) }, worker));
}
/** Sets up one provider state on the target. */
export async function setUpState(s, env) {
    switch (s.kind) {
        case 'key-pair-exists':
            return importOwned(env, env.region(s.region), s.name, s.publicKey);
        case 'region-full':
            return fill(env, env.region(s.region), s.count);
        case 'resource-group-exists': {
            const id = env.resourceGroup(s.id);
            if (env.emulatorUrl !== undefined)
                return control(env, 'resource-groups', { id });
            if (id === s.id)
                throw new StateRefused(`resource group ${s.id} stands for one of yours: pass --resource-group ID (the API cannot create one)`);
            return;
        }
    }
}
