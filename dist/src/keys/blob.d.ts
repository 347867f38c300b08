/**
 * Structural validation of an SSH public-key blob (RFC 4253 §6.6, RFC 5656 §3.1,
 * RFC 8709 §4): every field present, nothing left over. It checks structure, not
 * mathematics (an ECDSA point is not checked to lie on its curve), which is what a
 * service must do before it can hash the blob into a fingerprint.
 */
import { type SshKeyType } from './key-types.ts';
import { type WireResult } from './wire.ts';
/** What a structurally valid blob holds. */
export interface BlobInfo {
    type: SshKeyType;
    /** Modulus size (RSA), prime p size (DSA), curve size (ECDSA), 256 (Ed25519). */
    bits: number;
}
/** Result of checking a blob. */
export type BlobResult = {
    ok: true;
    info: BlobInfo;
} | {
    ok: false;
    reason: string;
};
/** Reads the blob's leading type string (the "inner" type). */
export declare function blobTypeName(blob: Uint8Array): WireResult<string>;
/** Checks that `blob` is one complete public key of a supported type. */
export declare function checkBlob(blob: Uint8Array): BlobResult;
