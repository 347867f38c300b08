import { describe, expect, test } from 'vitest';
import { classifyFingerprint } from './classify.ts';
import { readFixture } from './fixtures.ts';
import { md5Fingerprint, sha1Colon, sha256Base64, sha256Fingerprint } from './fingerprint.ts';
import { parsePublicKeyBody } from './parse.ts';

const parsed = parsePublicKeyBody(readFixture('ecdsa-nistp256.pub'));
const blob = parsed.ok ? parsed.key.blob : Buffer.alloc(0);

describe('classifyFingerprint', () => {
  test('names each rendering our fingerprint functions produce', () => {
    expect(blob.length).toBeGreaterThan(0);
    expect(classifyFingerprint(md5Fingerprint(blob).colon)).toBe('md5-colon');
    expect(classifyFingerprint(md5Fingerprint(blob).hex)).toBe('md5-hex');
    expect(classifyFingerprint(sha1Colon(blob))).toBe('sha1-colon');
    expect(classifyFingerprint(sha256Base64(blob))).toBe('sha256-base64');
    expect(classifyFingerprint(sha256Fingerprint(blob))).toBe('sha256-base64');
  });

  test.for([
    ['the seed document’s masked example', '89:f0:ba:62:ac:b8:aa:e1:61:5e:fd:81:69:86:6d:6b:f0:c0:5a:**'],
    ['uppercase colon MD5', 'D5:0E:1F:0F:F9:A9:9E:B5:94:58:29:A7:A3:49:5D:C0'],
    ['uppercase hex MD5', 'D50E1F0FF9A99EB5945829A7A3495DC0'],
    ['MD5 with the ssh-keygen prefix', 'MD5:d5:0e:1f:0f:f9:a9:9e:b5:94:58:29:a7:a3:49:5d:c0'],
    ['15 pairs', 'd5:0e:1f:0f:f9:a9:9e:b5:94:58:29:a7:a3:49:5d'],
    ['31 hex digits', 'd50e1f0ff9a99eb5945829a7a3495dc'],
    ['padded SHA-256 base64', 'VPzoWjz4l2cIoXHvuEq9iY0g2FU59FdY1TFOqMTY4JI='],
    ['SHA-256 base64 with non-zero pad bits', 'VPzoWjz4l2cIoXHvuEq9iY0g2FU59FdY1TFOqMTY4JJ'],
    ['surrounding space', ' d50e1f0ff9a99eb5945829a7a3495dc0'],
    ['empty string', ''],
  ])('classifies %s as unknown', ([, value]) => {
    expect(classifyFingerprint(value)).toBe('unknown');
  });

  test.for([null, undefined, 42, ['d50e1f0ff9a99eb5945829a7a3495dc0'], { hex: 'x' }])(
    'classifies the non-string %j as unknown',
    (value) => {
      expect(classifyFingerprint(value)).toBe('unknown');
    },
  );
});
