/**
 * Where the Pact contract's values come from: where a run makes fresh names and keys, the
 * contract derives names from the case id and takes keys from the ssh-keygen fixtures, so
 * regenerating the committed pact gives the same file. It is a source for the engine's one
 * binder (bindVars); a value the fixtures cannot give (a private key) is refused, and the
 * case is left out of the contract.
 */
import { createHash } from 'node:crypto';
import { builtinValues, bindVars, makeName } from '../engine/index.js';
import { KpcError } from '../errors.js';
import { readFixture } from '../keys/fixtures.js';
import { md5Fingerprint, parseKeySpecId, parsePublicKeyBody, withComment } from '../keys/index.js';
import { CONTRACT_REGION, CONTRACT_RESOURCE_GROUP, CONTRACT_TOKEN } from './contract.js';
/** A case that cannot be bound deterministically; the reason goes into the generation log. */
export class UnbindableCase extends Error {
}
/** Documented key types that stand in when a case wants two different keys of one kind. */
const SPARE_FIXTURES = [
    'ecdsa-nistp256',
    'ecdsa-nistp384',
    'ecdsa-nistp521',
    'rsa-2048',
    'rsa-3072',
    'rsa-4096',
    'dsa-1024',
];
const cache = new Map();
/** The ssh-keygen fixture for a key spec id, parsed (comment dropped); it has no private half. */
export function fixedKey(id) {
    const hit = cache.get(id);
    if (hit)
        return hit;
    const spec = parseKeySpecId(id);
    if (!spec)
        throw new UnbindableCase(`no key fixture for "${id}"`);
    const publicKey = withComment(readFixture(`${id}.pub`), '');
    const parsed = parsePublicKeyBody(publicKey);
    if (!parsed.ok)
        throw new Error(`fixture ${id}.pub does not parse: ${parsed.reason}`);
    const key = {
        spec,
        id,
        publicKey,
        privateKeyPem: '',
        blob: parsed.key.blob,
        fingerprint: md5Fingerprint(parsed.key.blob),
    };
    cache.set(id, key);
    return key;
}
/** A PRNG seeded by a string: sha256 in counter mode, so names never depend on case order. */
export function seededRandom(seed) {
    let counter = 0;
    return () => createHash('sha256').update(`${seed}#${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}
/** Five base36 characters derived from `s`: the part of a contract name that tells cases apart. */
export function shortHash(s) {
    return (createHash('sha256').update(s).digest().readUInt32BE(0) % 36 ** 5).toString(36).padStart(5, '0');
}
/** The values `${builtin}` templates take in the contract. */
export const CONTRACT_BUILTINS = Object.freeze(builtinValues({ region: CONTRACT_REGION, resourceGroup: CONTRACT_RESOURCE_GROUP, token: CONTRACT_TOKEN }));
/** The contract's source of values for case `caseId`: names from its id, keys from the fixtures. */
export function contractSource(caseId) {
    const used = new Set();
    return {
        async name(spec, varName) {
            const seed = `${caseId}/${varName}`;
            return makeName(spec, `${CONTRACT_TOKEN}${shortHash(seed)}`, seededRandom(seed));
        },
        // Two key vars of one kind get two different keys: a case that imports twice never sends one key under two names.
        async key(specId) {
            const pick = [specId, ...SPARE_FIXTURES].find((k) => !used.has(k));
            if (pick === undefined)
                throw new UnbindableCase(`more key vars than fixtures in ${caseId}`);
            used.add(pick);
            return fixedKey(pick);
        },
        malformedSource: async (specId) => fixedKey(specId),
    };
}
/** Binds a case's vars for the contract; what the fixtures cannot give makes it unbindable. */
export async function bindContractVars(caseId, vars) {
    for (const [name, spec] of Object.entries(vars ?? {})) {
        if ('key' in spec && spec.encoding !== undefined && spec.encoding !== 'openssh')
            throw new UnbindableCase(`${name}: ${spec.encoding} encoding is observed only`);
    }
    try {
        return await bindVars(vars, CONTRACT_BUILTINS, contractSource(caseId));
    }
    catch (e) {
        if (e instanceof KpcError && e.code === 'KPC_CASE_FILE')
            throw new UnbindableCase(e.message);
        throw e;
    }
}
