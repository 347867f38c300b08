import { describe, expect, test } from 'vitest';
import { checkBlob } from './blob.ts';
import { encodeMpint, encodeString } from './wire.ts';

const big = (bytes: number, first = 0xc5): Buffer => Buffer.concat([Buffer.from([first]), Buffer.alloc(bytes - 1, 7)]);
const blob = (...parts: Buffer[]): Buffer => Buffer.concat(parts);
const point = (coord: number, prefix = 4): Buffer => Buffer.concat([Buffer.from([prefix]), Buffer.alloc(2 * coord, 9)]);

const rsa = blob(encodeString('ssh-rsa'), encodeMpint(Buffer.from([1, 0, 1])), encodeMpint(big(256)));
const dsa = blob(
  encodeString('ssh-dss'),
  encodeMpint(big(128)),
  encodeMpint(big(20)),
  encodeMpint(big(128)),
  encodeMpint(big(128)),
);
const ec = (curve: string, coord: number, prefix = 4): Buffer =>
  blob(encodeString(`ecdsa-sha2-${curve}`), encodeString(curve), encodeString(point(coord, prefix)));
const ed = (len: number): Buffer => blob(encodeString('ssh-ed25519'), encodeString(Buffer.alloc(len, 3)));

describe('checkBlob accepts complete keys', () => {
  test.for([
    ['ssh-rsa', rsa, 2048],
    ['ssh-dss', dsa, 1024],
    ['ecdsa-sha2-nistp256', ec('nistp256', 32), 256],
    ['ecdsa-sha2-nistp384', ec('nistp384', 48), 384],
    ['ecdsa-sha2-nistp521', ec('nistp521', 66), 521],
    ['ssh-ed25519', ed(32), 256],
  ] as const)('%s with its size in bits', ([type, b, bits]) => {
    expect(checkBlob(b)).toEqual({ ok: true, info: { type, bits } });
  });

  test('counts RSA bits from the modulus, not its encoded length', () => {
    const b = blob(encodeString('ssh-rsa'), encodeMpint(Buffer.from([3])), encodeMpint(big(128, 0x01)));
    expect(checkBlob(b)).toEqual({ ok: true, info: { type: 'ssh-rsa', bits: 1017 } });
  });
});

describe('checkBlob rejects incomplete or inconsistent keys', () => {
  test.for([
    [
      'an unsupported blob type',
      blob(encodeString('ssh-foo'), encodeString('x')),
      'blob type "ssh-foo" is not a supported key type',
    ],
    ['trailing bytes', Buffer.concat([rsa, Buffer.from([0])]), 'blob has 1 trailing byte(s) after the key'],
    [
      'an RSA key without its modulus',
      blob(encodeString('ssh-rsa'), encodeMpint(Buffer.from([3]))),
      'blob ends at byte 16 before the 4-byte RSA modulus n length field',
    ],
    [
      'a zero RSA modulus',
      blob(encodeString('ssh-rsa'), encodeMpint(Buffer.from([3])), encodeMpint(Buffer.alloc(0))),
      'RSA modulus n is zero',
    ],
    [
      'a negative RSA exponent',
      blob(encodeString('ssh-rsa'), encodeString(Buffer.from([0x81])), encodeMpint(big(128))),
      'RSA exponent e is negative',
    ],
    [
      'a DSA key missing y',
      dsa.subarray(0, dsa.length - 133),
      'blob ends at byte 302 before the 4-byte DSA public value y length field',
    ],
    [
      'a curve that differs from the type',
      blob(encodeString('ecdsa-sha2-nistp256'), encodeString('nistp384'), encodeString(point(48))),
      'curve identifier "nistp384" does not match key type ecdsa-sha2-nistp256',
    ],
    ['a point of the wrong length', ec('nistp384', 32), 'ECDSA point is 65 bytes, expected 97 for nistp384'],
    [
      'a compressed point',
      blob(
        encodeString('ecdsa-sha2-nistp256'),
        encodeString('nistp256'),
        encodeString(Buffer.concat([Buffer.from([2]), Buffer.alloc(32, 1)])),
      ),
      'ECDSA point is 33 bytes, expected 65 for nistp256',
    ],
    [
      'a full-length point not starting 0x04',
      ec('nistp256', 32, 6),
      'ECDSA point does not start with 0x04 (uncompressed form)',
    ],
    ['a 31-byte Ed25519 key', ed(31), 'Ed25519 key is 31 bytes, expected 32'],
    ['an empty blob', Buffer.alloc(0), 'blob ends at byte 0 before the 4-byte key type length field'],
  ] as const)('%s', ([, b, reason]) => {
    expect(checkBlob(b)).toEqual({ ok: false, reason });
  });
});
