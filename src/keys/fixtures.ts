/**
 * Loader for the ssh-keygen fixtures in ./fixtures (made by fixtures/regenerate.sh):
 * public keys plus ssh-keygen's recorded fingerprints, so tests compare against
 * ssh-keygen without needing it installed.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.ts';

/** Absolute path of a file in the fixtures folder. */
export function fixturePath(name: string): string {
  return packagePath('src', 'keys', 'fixtures', name);
}

/** Text of a fixture file. */
export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

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
export function recordedFingerprints(name: 'ssh-keygen-md5.txt' | 'ssh-keygen-sha256.txt'): RecordedFingerprint[] {
  return readFixture(name)
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\S+): (\d+) (\S+) .* \(([A-Z0-9]+)\)$/.exec(l);
      if (!m) throw new Error(`unexpected line in ${name}: ${l}`);
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
] as const;
