/**
 * The SSH public-key types this suite knows, and the key specs it can generate.
 * A spec id ('rsa-2048', 'ecdsa-nistp256', …) is what cases and reports name a key by.
 */
/** SSH wire/label names of the supported public-key types. */
export type SshKeyType = 'ssh-rsa' | 'ssh-dss' | 'ecdsa-sha2-nistp256' | 'ecdsa-sha2-nistp384' | 'ecdsa-sha2-nistp521' | 'ssh-ed25519';
/** NIST curves usable with ECDSA keys, by their SSH names. */
export type EcdsaCurve = 'nistp256' | 'nistp384' | 'nistp521';
/** A key to generate: algorithm plus size or curve. */
export type KeySpec = {
    kind: 'rsa';
    bits: 1024 | 2048 | 3072 | 4096;
} | {
    kind: 'dsa';
    bits: 1024;
} | {
    kind: 'ecdsa';
    curve: EcdsaCurve;
} | {
    kind: 'ed25519';
};
/** Every supported SSH key type, in a stable order. */
export declare const SSH_KEY_TYPES: readonly SshKeyType[];
/** True when `s` names a supported SSH key type. */
export declare function isSshKeyType(s: string): s is SshKeyType;
/** Every generatable spec, cheapest kinds first within each algorithm. */
export declare const ALL_KEY_SPECS: readonly KeySpec[];
/** The cheapest key to generate (a few hundred microseconds); use it when the kind does not matter. */
export declare const DEFAULT_KEY_SPEC: KeySpec;
/** Stable id of a spec: 'rsa-2048', 'dsa-1024', 'ecdsa-nistp256', 'ed25519'. */
export declare function keySpecId(spec: KeySpec): string;
/** Inverse of keySpecId; undefined for any id not naming a supported spec. */
export declare function parseKeySpecId(id: string): KeySpec | undefined;
/** SSH type label produced by a spec. */
export declare function sshKeyTypeOfSpec(spec: KeySpec): SshKeyType;
