/** An unwrapped key: its SSH blob and the comment the armour carried, if any. */
export type ArmorResult = {
    ok: true;
    blob: Buffer;
    comment: string | undefined;
} | {
    ok: false;
    reason: string;
};
/** True when the text starts like an RFC 4716 block. */
export declare function looksLikeRfc4716(text: string): boolean;
/** True when the text starts like a PEM block. */
export declare function looksLikePem(text: string): boolean;
/** Unwraps an RFC 4716 block to its blob and Comment header. */
export declare function unwrapRfc4716(text: string): ArmorResult;
/** Unwraps a PEM public key (SPKI or PKCS#1 RSA) to its SSH blob. */
export declare function unwrapPem(text: string): ArmorResult;
