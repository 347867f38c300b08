import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sshpk from 'sshpk';
import { afterAll, describe, expect, test } from 'vitest';
import { fixturePath, PUB_FIXTURE_IDS, readFixture, recordedFingerprints } from './fixtures.ts';
import { fingerprintOfBody, md5Fingerprint, sha1Colon, sha256Base64, sha256Fingerprint } from './fingerprint.ts';
import { generateKey } from './keygen.ts';
import { ALL_KEY_SPECS, keySpecId } from './key-types.ts';
import { parsePublicKeyBody } from './parse.ts';

/** Blob of a fixture, failing loudly if it does not parse. */
function blobOf(file: string): Buffer {
  const r = parsePublicKeyBody(readFixture(file));
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  return r.key.blob;
}

describe('agreement with recorded ssh-keygen output', () => {
  test.for(recordedFingerprints('ssh-keygen-md5.txt'))('md5 colon form of $file equals ssh-keygen -E md5', (rec) => {
    const fp = md5Fingerprint(blobOf(rec.file));
    expect(`MD5:${fp.colon}`).toBe(rec.fingerprint);
    expect(fp.hex).toBe(fp.colon.replaceAll(':', ''));
  });

  test.for(recordedFingerprints('ssh-keygen-sha256.txt'))('sha256 of $file equals ssh-keygen -E sha256', (rec) => {
    expect(sha256Fingerprint(blobOf(rec.file))).toBe(rec.fingerprint);
    expect(`SHA256:${sha256Base64(blobOf(rec.file))}`).toBe(rec.fingerprint);
  });

  test('RFC 4716 and PEM exports fingerprint like the OpenSSH key', () => {
    const expected = fingerprintOfBody(readFixture('rsa-2048.pub'));
    expect(expected).toBeDefined();
    for (const f of ['rsa-2048.rfc4716.pub', 'rsa-2048.pkcs8.pem', 'rsa-2048.pkcs1.pem']) {
      expect(fingerprintOfBody(readFixture(f))).toEqual(expected);
    }
  });
});

describe('agreement with sshpk', () => {
  test.for(PUB_FIXTURE_IDS)('%s: md5 and sha256 match sshpk fingerprints of the same key', (id) => {
    const key = sshpk.parseKey(readFixture(`${id}.pub`), 'ssh');
    const blob = blobOf(`${id}.pub`);
    expect(md5Fingerprint(blob).colon).toBe(key.fingerprint('md5').toString('hex'));
    expect(sha256Fingerprint(blob)).toBe(key.fingerprint('sha256').toString('base64'));
    expect(sha1Colon(blob)).toBe(key.fingerprint('sha1').toString('hex'));
  });
});

describe('renderings', () => {
  test('sha1Colon is 20 lowercase hex pairs and sha256Base64 is 43 unpadded characters', () => {
    const blob = blobOf('ed25519.pub');
    expect(sha1Colon(blob)).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){19}$/);
    expect(sha256Base64(blob)).toMatch(/^[A-Za-z0-9+/]{43}$/);
  });

  test('fingerprintOfBody is undefined for a body that does not parse', () => {
    expect(fingerprintOfBody('ABC1234567')).toBeUndefined();
  });
});

// Live comparison on freshly generated keys; the recorded comparison above always runs.
const hasSshKeygen = spawnSync('ssh-keygen', ['-?']).error === undefined;

describe.skipIf(!hasSshKeygen)('agreement with a live ssh-keygen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.for(ALL_KEY_SPECS.map((s) => [keySpecId(s), s] as const))(
    'fresh %s key fingerprints like ssh-keygen',
    async ([id, spec], ctx) => {
      const key = await generateKey(spec);
      const file = join(dir, `${id}.pub`);
      writeFileSync(file, `${key.publicKey}\n`);
      const run = (hash: string) => spawnSync('ssh-keygen', ['-l', '-E', hash, '-f', file], { encoding: 'utf8' });
      const md5 = run('md5');
      // OpenSSH 9.8+ dropped DSA; an ssh-keygen that cannot read the type says nothing about us.
      if (md5.status !== 0 && spec.kind === 'dsa') ctx.skip();
      expect(md5.stdout).toContain(` MD5:${key.fingerprint.colon} `);
      expect(run('sha256').stdout).toContain(` ${sha256Fingerprint(key.blob)} `);
    },
  );

  test('the recorded fixtures still fingerprint the same with this ssh-keygen', () => {
    const out = execFileSync('ssh-keygen', ['-l', '-E', 'md5', '-f', fixturePath('ed25519.pub')], { encoding: 'utf8' });
    expect(out).toContain(`MD5:${md5Fingerprint(blobOf('ed25519.pub')).colon}`);
  });
});

describe('colon forms', () => {
  const pairs = (hex: string): string => hex.match(/../g)!.join(':');

  test('are the digest’s hex pairs joined by colons, for any blob', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (blob) => {
        const md5 = md5Fingerprint(blob);
        expect(md5.colon).toBe(pairs(md5.hex));
        expect(sha1Colon(blob)).toBe(pairs(createHash('sha1').update(blob).digest('hex')));
      }),
      { numRuns: 500 },
    );
  });
});
