import { beforeAll, describe, expect, test } from 'vitest';
import { generateKey, type GeneratedKey } from './keygen.ts';
import { keySpecId, parseKeySpecId, type KeySpec } from './key-types.ts';
import { MALFORMED_BODY_IDS, malformedBodies } from './malformed.ts';
import { parsePublicKeyBody } from './parse.ts';

// RSA 3072/4096 share RSA 1024's structure; leaving them out keeps the test cheap.
const SPECS = ['rsa-1024', 'dsa-1024', 'ecdsa-nistp256', 'ecdsa-nistp384', 'ecdsa-nistp521', 'ed25519']
  .map((id) => parseKeySpecId(id))
  .filter((s): s is KeySpec => s !== undefined);

const keys = new Map<string, GeneratedKey>();
beforeAll(async () => {
  for (const k of await Promise.all(SPECS.map(generateKey))) keys.set(k.id, k);
});

/** The generated key for a spec id (generated once in beforeAll). */
function keyFor(id: string): GeneratedKey {
  const k = keys.get(id);
  if (!k) throw new Error(`no key for ${id}`);
  return k;
}

describe('malformedBodies', () => {
  test.for(SPECS.map(keySpecId))('every body derived from a %s key is rejected by the parser', (id) => {
    const key = keyFor(id);
    expect(parsePublicKeyBody(key.publicKey).ok).toBe(true);
    const bodies = malformedBodies(key);
    expect(bodies.map((b) => b.id)).toEqual([...MALFORMED_BODY_IDS]);
    for (const b of bodies) {
      const r = parsePublicKeyBody(b.body);
      expect(r.ok, `${b.id} was accepted: ${b.body.slice(0, 60)}`).toBe(false);
    }
  });

  test('each body fails for its own reason, not an incidental one', () => {
    const reasons = Object.fromEntries(
      malformedBodies(keyFor('ecdsa-nistp256')).map((b) => {
        const r = parsePublicKeyBody(b.body);
        return [b.id, r.ok ? '<accepted>' : r.reason];
      }),
    );
    expect(reasons).toMatchObject({
      'garbage-doc-example': expect.stringContaining('not a public key'),
      empty: 'public key body is empty',
      'truncated-blob': expect.stringMatching(/^key blob is malformed: ECDSA point .* declares 65 bytes/),
      'corrupted-length': expect.stringMatching(/^key blob is malformed: key type at byte 0 declares 2147483647 bytes/),
      'label-mismatch': 'type label ssh-rsa does not match blob type ecdsa-sha2-nistp256',
      'no-blob': 'type label ecdsa-sha2-nistp256 is not followed by a base64 key blob',
      'not-base64': expect.stringContaining('character "!"'),
      'private-key-pem': 'this is a private key (PEM PRIVATE KEY), not a public key',
      'trailing-garbage-in-blob': 'key blob is malformed: blob has 8 trailing byte(s) after the key',
    });
  });

  test('an RSA key gets the other documented label, ssh-dss', () => {
    const b = malformedBodies(keyFor('rsa-1024')).find((x) => x.id === 'label-mismatch');
    expect(b?.body.startsWith('ssh-dss AAAAB3NzaC1yc2E')).toBe(true);
  });

  test('is deterministic: the same key gives the same bodies', () => {
    const key = keyFor('ed25519');
    expect(malformedBodies(key)).toEqual(malformedBodies(key));
    expect(malformedBodies(key).find((b) => b.id === 'garbage-doc-example')?.body).toBe('ABC1234567');
  });
});
