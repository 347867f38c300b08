/**
 * The SSH public-key types this suite knows, and the key specs it can generate.
 * A spec id ('rsa-2048', 'ecdsa-nistp256', …) is what cases and reports name a key by.
 */
/** Every supported SSH key type, in a stable order. */
export const SSH_KEY_TYPES = [
    'ssh-rsa',
    'ssh-dss',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'ssh-ed25519',
];
/** True when `s` names a supported SSH key type. */
export function isSshKeyType(s) {
    return SSH_KEY_TYPES.includes(s);
}
/** Every generatable spec, cheapest kinds first within each algorithm. */
export const ALL_KEY_SPECS = [
    { kind: 'rsa', bits: 1024 },
    { kind: 'rsa', bits: 2048 },
    { kind: 'rsa', bits: 3072 },
    { kind: 'rsa', bits: 4096 },
    { kind: 'dsa', bits: 1024 },
    { kind: 'ecdsa', curve: 'nistp256' },
    { kind: 'ecdsa', curve: 'nistp384' },
    { kind: 'ecdsa', curve: 'nistp521' },
    { kind: 'ed25519' },
];
/** The cheapest key to generate (a few hundred microseconds); use it when the kind does not matter. */
export const DEFAULT_KEY_SPEC = { kind: 'ecdsa', curve: 'nistp256' };
/** Stable id of a spec: 'rsa-2048', 'dsa-1024', 'ecdsa-nistp256', 'ed25519'. */
export function keySpecId(spec) {
    switch (spec.kind) {
        case 'rsa':
        case 'dsa':
            return `${spec.kind}-${spec.bits}`;
        case 'ecdsa':
            return `ecdsa-${spec.curve}`;
        case 'ed25519':
            return 'ed25519';
    }
}
/** Inverse of keySpecId; undefined for any id not naming a supported spec. */
export function parseKeySpecId(id) {
    const found = ALL_KEY_SPECS.find((s) => keySpecId(s) === id);
    return found === undefined ? undefined : { ...found };
}
/** SSH type label produced by a spec. */
export function sshKeyTypeOfSpec(spec) {
    switch (spec.kind) {
        case 'rsa':
            return 'ssh-rsa';
        case 'dsa':
            return 'ssh-dss';
        case 'ecdsa':
            return `ecdsa-sha2-${spec.curve}`;
        case 'ed25519':
            return 'ssh-ed25519';
    }
}
