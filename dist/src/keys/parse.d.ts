import { type SshKeyType } from './key-types.ts';
/** A public key that passed every structural check. */
export interface ParsedPublicKey {
    type: SshKeyType;
    format: 'openssh' | 'rfc4716' | 'pem';
    /** SSH wire-format blob: what fingerprints hash. */
    blob: Buffer;
    comment: string | undefined;
    bits: number;
}
/** Outcome of parsePublicKeyBody. */
export type ParsedKeyResult = {
    ok: true;
    key: ParsedPublicKey;
} | {
    ok: false;
    reason: string;
};
/** Parses a PublicKeyBody in OpenSSH, RFC 4716 or PEM form, never throwing. */
export declare function parsePublicKeyBody(text: string): ParsedKeyResult;
