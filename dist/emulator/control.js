/**
 * Test control under /__kpc/ (loopback only; no signature): reset, seed key pairs
 * (also "foreign" ones standing for a user's own keys), add resource groups, read state.
 * For Pact provider states and tests; never part of the emulated API.
 */
import { DEFAULT_KEY_SPEC, generateKey } from '../src/keys/index.js';
import { JSON_CONTENT_TYPE } from './core/responses.js';
import { addKeyPair, addResourceGroup, keyPairCount, nonceCount, regionOf, resetState } from './core/state.js';
/** The path prefix of control requests. */
export const CONTROL_PREFIX = '/__kpc/';
const reply = (status, body) => ({ status, body });
const problem = (status, error) => reply(status, { error });
function readJson(raw) {
    const text = new TextDecoder().decode(raw.body).trim();
    if (text === '')
        return { ok: true, value: {} };
    try {
        const v = JSON.parse(text);
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            return { ok: true, value: v };
        return { ok: false, error: 'the body must be a JSON object' };
    }
    catch (e) {
        return { ok: false, error: `the body is not JSON: ${e.message}` };
    }
}
/** Answers a control request. */
export async function handleControl(host, raw) {
    const r = await route(host, raw);
    return { status: r.status, headers: { 'content-type': JSON_CONTENT_TYPE }, body: JSON.stringify(r.body) };
}
async function route(host, raw) {
    const path = raw.url.split('?', 1)[0] ?? '';
    const route = `${raw.method.toUpperCase()} ${path}`;
    if (route === 'GET /__kpc/health')
        return reply(200, { status: 'ok', keyPairs: keyPairCount(host.state()) });
    if (route === 'GET /__kpc/state') {
        const s = host.state();
        return reply(200, { regions: s.regions, resourceGroups: s.resourceGroups, nonces: nonceCount(s.nonces) });
    }
    const json = readJson(raw);
    if (!json.ok)
        return problem(400, json.error);
    const body = json.value;
    switch (route) {
        case 'POST /__kpc/reset': {
            const region = body['region'];
            if (region !== undefined && typeof region !== 'string')
                return problem(400, '"region" must be a string');
            await host.commit(resetState(host.state(), host.resourceGroups, region));
            return reply(200, { reset: region ?? 'all' });
        }
        case 'POST /__kpc/resource-groups': {
            const id = body['id'];
            if (typeof id !== 'string' || id === '')
                return problem(400, '"id" must be a non-empty string');
            await host.commit(addResourceGroup(host.state(), id));
            return reply(200, { resourceGroups: host.state().resourceGroups });
        }
        case 'POST /__kpc/seed':
            return seed(host, body);
        default:
            return problem(404, `no control endpoint ${route}; try GET /__kpc/health, GET /__kpc/state, POST /__kpc/reset, POST /__kpc/seed, POST /__kpc/resource-groups`);
    }
}
async function seed(host, body) {
    const region = body['region'];
    const list = body['keyPairs'];
    if (typeof region !== 'string' || !host.behaviour.regionKnown(host.spec, region))
        return problem(400, '"region" must name a region of the service');
    if (!Array.isArray(list))
        return problem(400, '"keyPairs" must be a list');
    const prepared = [];
    for (const [i, item] of list.entries()) {
        const p = await prepare(host, item, `keyPairs[${i}]`);
        if (typeof p === 'string')
            return problem(400, p);
        prepared.push(p);
    }
    // Checked and applied in one synchronous step against the current state (imports may have run meanwhile).
    let next = host.state();
    const b = host.behaviour;
    for (const { record } of prepared) {
        if (regionOf(next, region).keyPairs.some((k) => b.nameKey(k.name) === b.nameKey(record.name)))
            return problem(409, `a key pair named ${record.name} already exists in ${region}`);
        if (record.resourceGroupId !== '')
            next = addResourceGroup(next, record.resourceGroupId);
        next = addKeyPair(next, region, record);
    }
    await host.commit(next);
    return reply(200, {
        region,
        keyPairs: prepared.map(({ record, privateKeyPem }) => ({
            name: record.name,
            fingerprint: record.fingerprint,
            publicKey: record.publicKey,
            ...(privateKeyPem ? { privateKeyPem } : {}),
        })),
    });
}
async function prepare(host, item, where) {
    if (typeof item !== 'object' || item === null)
        return `${where} must be an object`;
    const s = item;
    if (typeof s.name !== 'string' || s.name === '')
        return `${where}.name must be a non-empty string`;
    if (s.publicKey !== undefined && typeof s.publicKey !== 'string')
        return `${where}.publicKey must be a string`;
    if (s.resourceGroupId !== undefined && typeof s.resourceGroupId !== 'string')
        return `${where}.resourceGroupId must be a string`;
    const tags = readSeedTags(s.tags);
    if (tags === undefined)
        return `${where}.tags must be a list of {key, value}`;
    let publicKey = s.publicKey;
    let privateKeyPem;
    if (publicKey === undefined) {
        const generated = await generateKey(DEFAULT_KEY_SPEC);
        publicKey = generated.publicKey;
        privateKeyPem = generated.privateKeyPem;
    }
    const parsed = host.behaviour.parseBody(publicKey);
    if (!parsed.ok)
        return `${where}.publicKey is not a public key: ${parsed.reason}`;
    const record = {
        name: s.name,
        fingerprint: host.behaviour.fingerprint(parsed.key.blob),
        publicKey: host.behaviour.storedPublicKey(publicKey),
        creationTime: host.behaviour.creationTime(host.now()),
        resourceGroupId: s.resourceGroupId ?? '',
        tags,
        ...(s.foreign === true ? { foreign: true } : {}),
    };
    return privateKeyPem === undefined ? { record } : { record, privateKeyPem };
}
function readSeedTags(v) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        return undefined;
    const out = [];
    for (const t of v) {
        if (typeof t !== 'object' || t === null)
            return undefined;
        const { key, value } = t;
        if (typeof key !== 'string' || (value !== undefined && typeof value !== 'string'))
            return undefined;
        out.push({ TagKey: key, TagValue: value ?? '' });
    }
    return out;
}
