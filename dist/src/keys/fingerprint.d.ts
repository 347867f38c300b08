/** The two renderings of an MD5 fingerprint the service is known to use. */
export interface Md5Fingerprint {
    /** 16 lowercase hex pairs joined by ':' (documented; `ssh-keygen -l -E md5` after `MD5:`). */
    colon: string;
    /** 32 lowercase hex digits (observed from the real service). */
    hex: string;
}
/** MD5 of the wire-format blob, in colon and plain-hex form. */
export declare function md5Fingerprint(blob: Uint8Array): Md5Fingerprint;
/** SHA-1 of the blob as 20 lowercase hex pairs joined by ':' (the length of the seed's example). */
export declare function sha1Colon(blob: Uint8Array): string;
/** SHA-256 of the blob as unpadded base64, without the `SHA256:` prefix ssh-keygen prints. */
export declare function sha256Base64(blob: Uint8Array): string;
/** SHA-256 exactly as `ssh-keygen -l` prints it: `SHA256:` + unpadded base64. */
export declare function sha256Fingerprint(blob: Uint8Array): string;
/** MD5 fingerprint of a PublicKeyBody, or undefined when the body does not parse. */
export declare function fingerprintOfBody(text: string): Md5Fingerprint | undefined;
