import { describe, expect, test } from 'vitest';
import { bitLength, encodeMpint, encodeString, encodeUint32, readWire, WireReader } from './wire.ts';

describe('WireReader', () => {
  test('reads a uint32 above 2^31 as a positive number', () => {
    expect(new WireReader(Buffer.from([0xff, 0xff, 0xff, 0xfe])).uint32()).toBe(0xfffffffe);
  });

  test('reads consecutive strings and reports nothing remaining at the end', () => {
    const r = new WireReader(Buffer.concat([encodeString('ssh-rsa'), encodeString(Buffer.from([1, 2, 3]))]));
    expect(r.ascii('key type')).toBe('ssh-rsa');
    expect([...r.bytes()]).toEqual([1, 2, 3]);
    expect(r.remaining).toBe(0);
    expect(() => r.end()).not.toThrow();
  });

  test('reads printable names of any length, short and long, as they were written', () => {
    for (const n of [0, 1, 19, 63, 64, 65, 200, 70_000]) {
      const name = Array.from({ length: n }, (_, i) => String.fromCharCode(0x20 + ((i * 7) % 95))).join('');
      expect(new WireReader(encodeString(name)).ascii()).toBe(name);
      expect(new WireReader(new Uint8Array(encodeString(name))).ascii()).toBe(name);
    }
  });

  test('strips leading zero bytes from an mpint', () => {
    const r = new WireReader(encodeString(Buffer.from([0, 0x80, 1])));
    expect([...r.mpint()]).toEqual([0x80, 1]);
  });
});

describe('readWire', () => {
  test('turns a string that runs past the end into a reason naming both lengths', () => {
    const r = readWire(Buffer.from([0, 0, 0, 9, 1, 2]), (rd) => rd.bytes('key type'));
    expect(r).toEqual({ ok: false, reason: 'key type at byte 0 declares 9 bytes but only 2 remain' });
  });

  test('reports a length field cut short', () => {
    const r = readWire(Buffer.from([0, 0]), (rd) => rd.uint32());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('before the 4-byte length field');
  });

  test('rejects a negative mpint', () => {
    const r = readWire(encodeString(Buffer.from([0x80])), (rd) => rd.mpint('RSA modulus n'));
    expect(r).toEqual({ ok: false, reason: 'RSA modulus n is negative' });
  });

  test('rejects a type string with a control byte', () => {
    const r = readWire(encodeString(Buffer.from('ssh\nrsa', 'latin1')), (rd) => rd.ascii('key type'));
    expect(!r.ok && r.reason).toBe('key type contains a non-printable byte 0x0a');
  });

  test('reports trailing bytes', () => {
    const r = readWire(Buffer.concat([encodeString('x'), Buffer.from([0])]), (rd) => {
      rd.bytes();
      rd.end();
    });
    expect(!r.ok && r.reason).toBe('blob has 1 trailing byte(s) after the key');
  });

  test('lets a non-wire exception through, so programming errors are not hidden', () => {
    expect(() =>
      readWire(Buffer.alloc(0), () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('encoders', () => {
  test('prefixes an mpint with a zero byte when its high bit is set', () => {
    expect([...encodeMpint(Buffer.from([0x80, 0x01]))]).toEqual([0, 0, 0, 3, 0, 0x80, 0x01]);
  });

  test('encodes zero as an empty mpint and drops redundant leading zeros', () => {
    expect([...encodeMpint(Buffer.from([0, 0]))]).toEqual([0, 0, 0, 0]);
    expect([...encodeMpint(Buffer.from([0, 0x7f]))]).toEqual([0, 0, 0, 1, 0x7f]);
  });

  test('encodes a uint32 big-endian', () => {
    expect([...encodeUint32(0x01020304)]).toEqual([1, 2, 3, 4]);
  });
});

describe('bitLength', () => {
  test('counts significant bits, ignoring leading zero bytes', () => {
    expect(bitLength(Buffer.from([0, 0x01, 0x00]))).toBe(9);
    expect(bitLength(Buffer.from([0xff]))).toBe(8);
    expect(bitLength(Buffer.from([0, 0]))).toBe(0);
  });
});
