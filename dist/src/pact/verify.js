/**
 * `kpc pact verify`: Pact's Verifier against any target, on an engine session. A request
 * filter re-signs every replayed request for the target and ledgers what imports may create;
 * state handlers set preconditions up through the API (or the emulator's control endpoints);
 * after every interaction and at the end, the engine's teardown removes everything the
 * ledger holds, pass or fail.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { request } from 'undici';
import { createClient, credentialsFor, resolveTarget } from '../client/index.js';
import { KpcError } from '../errors.js';
import { Ledger, liveRecords, newRunToken, Session, teardown } from '../engine/index.js';
import { CONTRACT_REGION, CONTRACT_RESOURCE_GROUP, DEFAULT_PACT_FILE, PROVIDER } from './contract.js';
import { readPact } from './pact-file.js';
import { parsePactState } from './provider-states.js';
import { requestFilter, stateHandlers } from './proxy-hooks.js';
import { parseVerifierResults } from './results.js';
/** The emulator's origin when `target` is the reference emulator (loopback and /__kpc/health answers). */
export async function probeEmulator(target) {
    if (!target.loopback)
        return undefined;
    try {
        const r = await request(`${target.url.origin}/__kpc/health`, { headersTimeout: 5000, bodyTimeout: 5000 });
        const body = (await r.body.json().catch(() => undefined));
        return r.statusCode === 200 && body?.status === 'ok' ? target.url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** The states of a pact file; an unknown state is a configuration fault naming it. */
export function statesOf(file) {
    const states = [];
    for (const i of readPact(file).interactions) {
        for (const ps of i.providerStates ?? []) {
            const s = parsePactState(ps.name, ps.params);
            if (!s)
                throw new KpcError('KPC_CONFIG', `${file}: interaction "${i.description}" needs the provider state "${ps.name}", which kpc does not know how to set up`);
            states.push(s);
        }
    }
    return states;
}
/** Refuses up front what the target cannot or may not provide. */
function preflight(states, o, emulator, quotaTest) {
    if (emulator)
        return;
    const full = states.find((s) => s.kind === 'region-full');
    if (full && !quotaTest) {
        throw new KpcError('KPC_USAGE', `the pact needs "${full.region} holds ${full.count} key pairs": that fills ${o.region} to its quota on a real account; pass --quota-test to allow it`);
    }
    if (states.some((s) => s.kind === 'resource-group-exists') && o.resourceGroup === undefined) {
        throw new KpcError('KPC_USAGE', 'the pact needs an existing resource group and the API cannot create one: pass --resource-group ID');
    }
}
function setUp(o, target, credentials, emulatorUrl, quotaTest) {
    const client = createClient({ target, credentials });
    const ledger = new Ledger(join(o.reportDir, 'ledger.jsonl'), newRunToken());
    const session = new Session({ client, ledger, region: o.region });
    const regions = new Map([[CONTRACT_REGION, o.region]]);
    const resourceGroups = new Map(o.resourceGroup === undefined ? [] : [[CONTRACT_RESOURCE_GROUP, o.resourceGroup]]);
    const env = {
        session,
        emulatorUrl,
        quotaTest,
        region: (r) => regions.get(r) ?? r,
        resourceGroup: (id) => resourceGroups.get(id) ?? id,
    };
    const signing = {
        host: target.host,
        credentials,
        now: () => new Date(),
        nonce: randomUUID,
        regions,
        resourceGroups,
    };
    return { session, signing, env, log: { refusals: [], stateErrors: [] }, cleanupErrors: [] };
}
/** Tears down: after each interaction only what may be there now; at the end, every name ever ledgered. */
async function cleanup(v, final = false) {
    const records = final ? v.session.ledger.records() : liveRecords(v.session.ledger.records());
    const r = await teardown(v.session, {}, records).catch((e) => ({
        created: 0,
        deleted: 0,
        leaked: [],
        listedAfterDelete: [],
        requests: 0,
        errors: [`cleanup failed: ${e.message}`],
    }));
    v.cleanupErrors.push(...r.errors);
    return r;
}
/** Pact's Verifier with our hooks (a cleanup after each interaction); resolves with its outcome. */
async function runVerifier(o, pact, target, v) {
    try {
        const verifier = new Verifier({
            provider: PROVIDER,
            providerBaseUrl: target.url.origin,
            ...(o.broker ? o.broker.verifierOptions : { pactUrls: [pact] }),
            logLevel: o.logLevel ?? 'warn',
            requestFilter: requestFilter(v.signing, v.session, v.log),
            stateHandlers: stateHandlers(v.env, v.log),
            afterEach: async () => void (await cleanup(v)),
            changeOrigin: true,
            timeout: 600_000,
        });
        return { outcome: parseVerifierResults(await verifier.verifyProvider()) };
    }
    catch (e) {
        return { outcome: parseVerifierResults(e.message) };
    }
}
/** Runs the verification; resolves with the report whether it passed or not. */
export async function verifyPact(o) {
    const target = resolveTarget({ url: o.target, region: o.region });
    const credentials = o.credentials ?? credentialsFor(target.loopback);
    const emulatorUrl = await probeEmulator(target);
    const pact = o.pact ?? DEFAULT_PACT_FILE;
    const quotaTest = o.quotaTest ?? target.loopback;
    if (!o.broker && !/^https?:/.test(pact))
        preflight(statesOf(pact), o, emulatorUrl !== undefined, quotaTest);
    const v = setUp(o, target, credentials, emulatorUrl, quotaTest);
    try {
        const { outcome } = await runVerifier(o, pact, target, v);
        // Again at the end, also after a failure: the last interaction's key pairs, and any the hooks missed.
        const last = await cleanup(v, true);
        const { refusals, stateErrors } = v.log;
        // The last teardown looks at every name ever ledgered: its counts are the verification's.
        const report = { deleted: last.deleted, leaked: last.leaked, errors: v.cleanupErrors };
        return {
            outcome,
            refusals,
            stateErrors,
            cleanup: report,
            ledgerPath: v.session.ledger.path,
            emulator: emulatorUrl !== undefined,
        };
    }
    finally {
        await v.session.client.close();
    }
}
