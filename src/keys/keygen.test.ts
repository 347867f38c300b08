import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { md5Fingerprint } from './fingerprint.ts';
import { generateKey, withComment } from './keygen.ts';
import { ALL_KEY_SPECS, DEFAULT_KEY_SPEC, keySpecId, sshKeyTypeOfSpec } from './key-types.ts';
import { parsePublicKeyBody } from './parse.ts';

describe('generateKey', () => {
  test.for(ALL_KEY_SPECS.map((s) => [keySpecId(s), s] as const))(
    'a fresh %s key parses back to itself',
    async ([id, spec]) => {
      const key = await generateKey(spec);
      expect(key.id).toBe(id);
      expect(key.publicKey.split(' ')).toHaveLength(2);
      const parsed = parsePublicKeyBody(key.publicKey);
      if (!parsed.ok) throw new Error(parsed.reason);
      const expectedBits =
        spec.kind === 'ecdsa' ? Number(spec.curve.slice(5)) : spec.kind === 'ed25519' ? 256 : spec.bits;
      expect(parsed.key).toMatchObject({ type: sshKeyTypeOfSpec(spec), bits: expectedBits, format: 'openssh' });
      expect(parsed.key.blob.equals(key.blob)).toBe(true);
      expect(key.fingerprint).toEqual(md5Fingerprint(parsed.key.blob));
    },
  );

  /** The public half of a private PEM, as a blob. */
  function publicBlobOf(privateKeyPem: string): Buffer | undefined {
    const spki = createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
    const parsed = parsePublicKeyBody(spki);
    return parsed.ok ? parsed.key.blob : undefined;
  }

  // The RSA sizes above 1024 only take longer.
  const privateSpecs = ALL_KEY_SPECS.filter((s) => s.kind !== 'rsa' || s.bits === 1024);
  test.for(privateSpecs.map((s) => [keySpecId(s), s] as const))(
    'the private key of a %s key is unencrypted PKCS#8 PEM whose public half is the generated key',
    async ([, spec]) => {
      const key = await generateKey(spec);
      expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
      expect(publicBlobOf(key.privateKeyPem)?.equals(key.blob)).toBe(true);
    },
  );

  test('two keys of the same spec differ', async () => {
    const [a, b] = await Promise.all([generateKey(DEFAULT_KEY_SPEC), generateKey(DEFAULT_KEY_SPEC)]);
    expect(a?.fingerprint.hex).not.toBe(b?.fingerprint.hex);
  });
});

describe('withComment', () => {
  const pub = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRcp1OSXT/zp1AX/luG2L460G+ZwXlweQMI66F45xNA';

  test('appends a comment that survives parsing', () => {
    const text = withComment(pub, 'alice@host');
    expect(text).toBe(`${pub} alice@host`);
    const r = parsePublicKeyBody(text);
    expect(r.ok && r.key.comment).toBe('alice@host');
  });

  test('replaces an existing comment and drops it for an empty one', () => {
    expect(withComment(`${pub} old comment`, 'new')).toBe(`${pub} new`);
    expect(withComment(`${pub} old`, '')).toBe(pub);
  });
});
