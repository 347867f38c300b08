/**
 * Every point where an emulator could deviate from the spec, as one small pure policy.
 * FAITHFUL is the reference; a mutant overrides exactly one field:
 * `createEmulator({ behaviour: { ...FAITHFUL, fingerprint: (b) => sha1Colon(b) } })`.
 */
import { md5Fingerprint, parsePublicKeyBody, } from '../../src/keys/index.js';
import { errorRow } from '../../src/spec/load.js';
import { firstBrokenRule } from '../../src/spec/predicates.js';
/** SSH key types the spec's documented list stands for. */
function documentedSshTypes(spec) {
    return new Set(Object.values(spec.keyTypes.sshTypes).flat());
}
/** RSA keys shorter than this are refused (the document names no minimum; 1024 is only observed). */
export const MIN_RSA_BITS = 1024;
/** `*` matches any run of characters; a pattern without `*` matches exactly. */
export function globMatches(pattern, name) {
    if (!pattern.includes('*'))
        return pattern === name;
    const parts = pattern.split('*');
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (!name.startsWith(first) || name.length < first.length + last.length || !name.endsWith(last))
        return false;
    let at = first.length;
    const end = name.length - last.length;
    for (const middle of parts.slice(1, -1)) {
        const found = name.indexOf(middle, at);
        if (found < 0 || found + middle.length > end)
            return false;
        at = found + middle.length;
    }
    return true;
}
/** The reference behaviour: what the spec says, and the README's choices where it is silent. */
export const FAITHFUL = Object.freeze({
    importChecks: ['required', 'region', 'name', 'body', 'tags', 'resource-group', 'unique', 'quota'],
    emptyIsMissing: false,
    regionKnown: (spec, region) => spec.regions.includes(region),
    nameBrokenRule: (spec, name) => firstBrokenRule(spec, 'ImportKeyPair', 'KeyPairName', name),
    parseBody: parsePublicKeyBody,
    refuseKey(spec, key) {
        if (key.format !== 'openssh')
            return `${key.format === 'pem' ? 'PEM' : 'RFC 4716'} bodies are not accepted; send the OpenSSH one-line form`;
        if (!documentedSshTypes(spec).has(key.type))
            return `key type ${key.type} is not one of the documented types (${spec.keyTypes.documented.join(', ')})`;
        if (key.type === 'ssh-rsa' && key.bits < MIN_RSA_BITS)
            return `RSA key of ${key.bits} bits is shorter than ${MIN_RSA_BITS}`;
        return undefined;
    },
    tagIndexRange: (spec) => ({ min: 1, max: spec.limits.tagsPerResource }),
    tagBrokenRule: (spec, field, value) => firstBrokenRule(spec, 'ImportKeyPair', `Tag.N.${field}`, value),
    rejectDuplicateTagKeys: true,
    resourceGroupExists: (state, id) => state.resourceGroups.includes(id),
    uniqueScope: 'region',
    nameKey: (name) => name,
    quotaFor: (spec) => spec.limits.keyPairsPerRegion,
    quotaUsed: (region) => region.keyPairs.length,
    afterImport: (_before, after) => after,
    afterRefusal: (state) => state,
    renderBody: (body) => body,
    fingerprint: (blob) => md5Fingerprint(blob).colon,
    storedPublicKey: (body) => body.trim(),
    creationTime: (now) => `${now.toISOString().slice(0, 16)}Z`,
    nameMatches: globMatches,
    pageSize: { default: 10, max: 50 },
    deleteMax: (spec) => spec.limits.deleteBatch,
    errorRow,
});
