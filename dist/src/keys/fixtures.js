/**
 * Loader for the ssh-keygen fixtures in ./fixtures (made by fixtures/regenerate.sh):
 * public keys plus ssh-keygen's recorded fingerprints, so tests compare against
 * ssh-keygen without needing it installed.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
/** Absolute path of a file in the fixtures folder. */
export function fixturePath(name) {
    return packagePath('src', 'keys', 'fixtures', name);
}
/** Text of a fixture file. */
export function readFixture(name) {
    return readFileSync(fixturePath(name), 'utf8');
}
/** Parses ssh-keygen-md5.txt or ssh-keygen-sha256.txt. */
export function recordedFingerprints(name) {
    return readFixture(name)
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => {
        const m = /^(\S+): (\d+) (\S+) .* \(([A-Z0-9]+)\)$/.exec(l);
        if (!m)
            throw new Error(`unexpected line in ${name}: ${l}`);
        return { file: m[1] ?? '', bits: Number(m[2]), fingerprint: m[3] ?? '', keyType: m[4] ?? '' };
    });
}
/** The one-line public-key fixtures, by spec id. */
export const PUB_FIXTURE_IDS = [
    'rsa-1024',
    'rsa-2048',
    'rsa-3072',
    'rsa-4096',
    'dsa-1024',
    'ecdsa-nistp256',
    'ecdsa-nistp384',
    'ecdsa-nistp521',
    'ed25519',
];
