import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { PUB_FIXTURE_IDS, readFixture, recordedFingerprints } from './fixtures.ts';
import { parsePublicKeyBody, type ParsedPublicKey } from './parse.ts';
import { encodeString } from './wire.ts';

/** Parses and fails the test with the reason when the body is rejected. */
function mustParse(text: string): ParsedPublicKey {
  const r = parsePublicKeyBody(text);
  if (!r.ok) throw new Error(`expected to parse, got: ${r.reason}`);
  return r.key;
}

/** The reason a body is rejected, or a marker when it was accepted. */
function reasonOf(text: string): string {
  const r = parsePublicKeyBody(text);
  return r.ok ? '<accepted>' : r.reason;
}

const rsa2048 = readFixture('rsa-2048.pub');
const rsaBlob = mustParse(rsa2048).blob;
const dsaB64 = readFixture('dsa-1024.pub').split(' ')[1] ?? '';
const edKey = readFixture('ed25519.pub').trim();

describe('OpenSSH one-line form', () => {
  const typeOf: Record<string, string> = { RSA: 'ssh-rsa', DSA: 'ssh-dss', ED25519: 'ssh-ed25519' };
  test.for(recordedFingerprints('ssh-keygen-md5.txt'))(
    'parses $file with the type and size ssh-keygen reported',
    (rec) => {
      const key = mustParse(readFixture(rec.file));
      expect(key.bits).toBe(rec.bits);
      expect(key.type).toBe(typeOf[rec.keyType] ?? `ecdsa-sha2-nistp${rec.bits}`);
      expect(key.format).toBe('openssh');
      expect(key.comment).toBeUndefined();
    },
  );

  test('covers every fixture key kind', () => {
    expect(recordedFingerprints('ssh-keygen-md5.txt').map((r) => r.file)).toEqual(
      PUB_FIXTURE_IDS.map((id) => `${id}.pub`),
    );
  });

  test('keeps a comment with spaces, and tolerates surrounding whitespace and tab separators', () => {
    const key = mustParse(`\n  ${edKey.replace(' ', '\t')}   alice@example  laptop key \r\n`);
    expect(key.comment).toBe('alice@example  laptop key');
    expect(key.blob.equals(mustParse(edKey).blob)).toBe(true);
  });

  test('rejects a label that does not match the blob, naming both', () => {
    expect(reasonOf(`ssh-rsa ${dsaB64}`)).toBe('type label ssh-rsa does not match blob type ssh-dss');
  });

  test('rejects a body spread over two lines', () => {
    expect(reasonOf(`ssh-ed25519\n${edKey.split(' ')[1]}`)).toBe('OpenSSH public key must be a single line');
  });

  test.for([
    [
      'certificate',
      'ssh-rsa-cert-v01@openssh.com AAAA',
      'key type ssh-rsa-cert-v01@openssh.com is an OpenSSH certificate, not a plain public key',
    ],
    [
      'security key',
      'sk-ssh-ed25519@openssh.com AAAA',
      'key type sk-ssh-ed25519@openssh.com is a FIDO security-key type, which is not supported',
    ],
    ['unknown algorithm', 'ssh-foo AAAA', 'key type ssh-foo is not supported'],
    [
      'bare algorithm name',
      'rsa AAAA',
      'not a public key: expected "<type> <base64> [comment]", RFC 4716 or PEM, found rsa where the key type should be',
    ],
    ['label alone', 'ssh-rsa', 'type label ssh-rsa is not followed by a base64 key blob'],
    [
      'Terraform placeholder',
      'ssh-rsa AAAAB3Nza12345678qwertyuudsfsg',
      'base64 blob length 30 is not a multiple of 4 (missing or extra padding)',
    ],
    ['empty', '   \n', 'public key body is empty'],
  ])('rejects a %s body with a precise reason', ([, body, reason]) => {
    expect(reasonOf(body ?? '')).toBe(reason);
  });

  test('rejects a blob whose type string is unreadable, saying why', () => {
    const b64 = Buffer.from([0, 0, 0, 200, 1]).toString('base64');
    expect(reasonOf(`ssh-rsa ${b64}`)).toBe(
      'key blob is malformed: key type at byte 0 declares 200 bytes but only 1 remain',
    );
  });

  test('rejects a value that is not a string instead of throwing', () => {
    expect(parsePublicKeyBody(42 as unknown as string)).toEqual({
      ok: false,
      reason: 'public key body is a number, not a string',
    });
  });
});

describe('RFC 4716 and PEM forms', () => {
  test('RFC 4716 export from ssh-keygen gives the same blob and carries its Comment header', () => {
    const key = mustParse(readFixture('rsa-2048.rfc4716.pub'));
    expect(key.format).toBe('rfc4716');
    expect(key.blob.equals(rsaBlob)).toBe(true);
    expect(key.comment).toMatch(/^2048-bit RSA, converted by .* from OpenSSH$/);
  });

  test.for(['rsa-2048.pkcs8.pem', 'rsa-2048.pkcs1.pem'])(
    'PEM export %s gives the same blob as the OpenSSH key',
    (file) => {
      const key = mustParse(readFixture(file));
      expect(key).toMatchObject({ format: 'pem', type: 'ssh-rsa', bits: 2048, comment: undefined });
      expect(key.blob.equals(rsaBlob)).toBe(true);
    },
  );

  test('ECDSA SPKI PEM gives the same blob as the OpenSSH key', () => {
    const key = mustParse(readFixture('ecdsa-nistp256.pkcs8.pem'));
    expect(key.blob.equals(mustParse(readFixture('ecdsa-nistp256.pub')).blob)).toBe(true);
  });

  test('Ed25519 SPKI PEM converts to the RFC 8709 blob', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const x = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    const key = mustParse(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    expect(key.blob.equals(Buffer.concat([encodeString('ssh-ed25519'), encodeString(x)]))).toBe(true);
  });

  test('RFC 4716 header values continue after a trailing backslash', () => {
    const b64 = rsa2048.split(' ')[1] ?? '';
    const text = [
      '---- BEGIN SSH2 PUBLIC KEY ----',
      'Subject: me',
      'Comment: "long \\',
      'comment"',
      ...(b64.match(/.{1,70}/g) ?? []),
      '---- END SSH2 PUBLIC KEY ----',
    ].join('\r\n');
    expect(mustParse(text).comment).toBe('long comment');
  });

  test.for([
    [
      'RFC 4716 without END line',
      '---- BEGIN SSH2 PUBLIC KEY ----\nAAAA',
      'RFC 4716 block must end with "---- END SSH2 PUBLIC KEY ----"',
    ],
    [
      'RFC 4716 with bad base64',
      '---- BEGIN SSH2 PUBLIC KEY ----\nAA*A\n---- END SSH2 PUBLIC KEY ----',
      'RFC 4716 body: base64 blob has character "*" at position 2, which is not allowed there',
    ],
    [
      'PEM certificate',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      'PEM label "CERTIFICATE" is not a public key (expected PUBLIC KEY or RSA PUBLIC KEY)',
    ],
    [
      'PEM with mismatched END',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----',
      'PEM block must end with "-----END PUBLIC KEY-----"',
    ],
  ])('rejects %s', ([, body, reason]) => {
    expect(reasonOf(body ?? '')).toBe(reason);
  });

  test.for([
    ['X25519', 'x25519', {}],
    ['secp256k1', 'ec', { namedCurve: 'secp256k1' }],
  ] as const)('rejects a %s SPKI key, which SSH cannot carry', ([, type, options]) => {
    const { publicKey } = generateKeyPairSync(type as 'ec', options as { namedCurve: string });
    expect(reasonOf(publicKey.export({ type: 'spki', format: 'pem' }).toString())).toMatch(
      /^PEM PUBLIC KEY holds a key type SSH cannot carry: /,
    );
  });

  test("parses a 512-bit RSA key, reporting its size (size policy is the caller's)", () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 512 });
    expect(mustParse(publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()).bits).toBe(512);
  });

  test('rejects PEM whose DER is not a key', () => {
    expect(reasonOf('-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----')).toMatch(
      /^PEM PUBLIC KEY does not hold a valid key: /,
    );
  });
});

describe('private keys', () => {
  test.for([
    ['PKCS#8', '-----BEGIN PRIVATE KEY-----\nMC4CAQA=\n-----END PRIVATE KEY-----', 'PEM PRIVATE KEY'],
    [
      'OpenSSH',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----\n',
      'PEM OPENSSH PRIVATE KEY',
    ],
    [
      'PKCS#1 RSA after a public key',
      `${rsa2048}\n-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----`,
      'PEM RSA PRIVATE KEY',
    ],
    ['PuTTY', 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none', 'PuTTY .ppk'],
  ])('rejects a %s private key, saying it is a private key', ([, body, name]) => {
    expect(reasonOf(body ?? '')).toBe(`this is a private key (${name}), not a public key`);
  });
});
