/**
 * fast-check arbitraries for exploration: names, tags and key bodies as small templates
 * (data), turned into request values by the properties. Names are NameSpecs so a found
 * case can carry the same template and get the same verdict with another run's token.
 */
import fc from 'fast-check';
import type { NameSpec } from '../cases/types.ts';
/** A KeyPairName template: first characters, last characters, and the total length (the run token fills the middle). */
export declare const nameTemplate: fc.Arbitrary<Required<Pick<NameSpec, 'prefix' | 'suffix' | 'length'>>>;
/** One Tag.N as sent. */
export interface TagTemplate {
    index: number;
    key: string;
    value: string;
}
/**
 * Tags with distinct indices (mostly 1-20, sometimes 0, 21 or 22) and distinct keys: two
 * tags with one key are left open by the document, so they are never generated.
 */
export declare const tagsTemplate: fc.Arbitrary<TagTemplate[]>;
/** The key kinds bodies start from (RSA only at 2048 bits: sizes below are left open). */
export declare const BODY_KEY_KINDS: readonly ['ecdsa-nistp256', 'ecdsa-nistp384', 'ecdsa-nistp521', 'rsa-2048', 'dsa-1024', 'ed25519'];
export type BodyKeyKind = (typeof BODY_KEY_KINDS)[number];
/**
 * What is done to a fresh key's OpenSSH line. Only structural changes: flipping bytes of
 * key material would ask whether a point off the curve is "well-formed", which the
 * document leaves open; PEM and RFC 4716 encodings are left open too.
 */
export type BodyMutation = {
    kind: 'none';
} | {
    kind: 'comment';
    text: string;
} | {
    kind: 'truncate';
    bytes: number;
} | {
    kind: 'append';
    bytes: number;
} | {
    kind: 'relabel';
    label: string;
} | {
    kind: 'label-only';
} | {
    kind: 'bad-base64';
    at: number;
};
/** A body template: a key kind and one mutation. */
export interface BodyTemplate {
    kind: BodyKeyKind;
    mutation: BodyMutation;
}
/** A PublicKeyBody template; ECDSA P-256 most often (cheap to generate). */
export declare const bodyTemplate: fc.Arbitrary<BodyTemplate>;
