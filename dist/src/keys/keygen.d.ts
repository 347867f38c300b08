import { type Md5Fingerprint } from './fingerprint.ts';
import { type KeySpec } from './key-types.ts';
/** A generated key pair with everything a case needs about its public half. */
export interface GeneratedKey {
    spec: KeySpec;
    /** keySpecId(spec). */
    id: string;
    /** OpenSSH one-line form, `<type> <base64>`, no comment. */
    publicKey: string;
    /** Unencrypted PKCS#8 PEM (the form CreateKeyPair returns). */
    privateKeyPem: string;
    /** SSH wire-format blob of the public key. */
    blob: Buffer;
    fingerprint: Md5Fingerprint;
}
/** Generates a fresh key pair for `spec` and derives its OpenSSH form, blob and MD5 fingerprint. */
export declare function generateKey(spec: KeySpec): Promise<GeneratedKey>;
/** Appends a comment to an OpenSSH one-line key (replacing any it already had). */
export declare function withComment(publicKey: string, comment: string): string;
