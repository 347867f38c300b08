/** Absolute path of a file in the fixtures folder. */
export declare function fixturePath(name: string): string;
/** Text of a fixture file. */
export declare function readFixture(name: string): string;
/** One line of `ssh-keygen -l` output recorded for a fixture. */
export interface RecordedFingerprint {
    file: string;
    bits: number;
    /** As printed, prefix included: `MD5:aa:bb:…` or `SHA256:…`. */
    fingerprint: string;
    /** The key type in parentheses, e.g. `RSA`, `ED25519`. */
    keyType: string;
}
/** Parses ssh-keygen-md5.txt or ssh-keygen-sha256.txt. */
export declare function recordedFingerprints(name: 'ssh-keygen-md5.txt' | 'ssh-keygen-sha256.txt'): RecordedFingerprint[];
/** The one-line public-key fixtures, by spec id. */
export declare const PUB_FIXTURE_IDS: readonly ['rsa-1024', 'rsa-2048', 'rsa-3072', 'rsa-4096', 'dsa-1024', 'ecdsa-nistp256', 'ecdsa-nistp384', 'ecdsa-nistp521', 'ed25519'];
