import { describe, expect, test } from 'vitest';
import {
  ALL_KEY_SPECS,
  DEFAULT_KEY_SPEC,
  isSshKeyType,
  keySpecId,
  parseKeySpecId,
  sshKeyTypeOfSpec,
} from './key-types.ts';

describe('key specs', () => {
  test('ALL_KEY_SPECS has the nine documented ids, each unique', () => {
    expect(ALL_KEY_SPECS.map(keySpecId)).toEqual([
      'rsa-1024',
      'rsa-2048',
      'rsa-3072',
      'rsa-4096',
      'dsa-1024',
      'ecdsa-nistp256',
      'ecdsa-nistp384',
      'ecdsa-nistp521',
      'ed25519',
    ]);
  });

  test.for(ALL_KEY_SPECS.map((s) => [keySpecId(s), s] as const))(
    'parseKeySpecId inverts keySpecId for %s',
    ([id, spec]) => {
      expect(parseKeySpecId(id)).toEqual(spec);
    },
  );

  test.for(['rsa-512', 'dsa-2048', 'ecdsa-nistp224', 'RSA-2048', 'ed448', '', 'rsa-2048 '])(
    'parseKeySpecId(%j) is undefined',
    (id) => {
      expect(parseKeySpecId(id)).toBeUndefined();
    },
  );

  test('parseKeySpecId returns a copy, so callers cannot alter ALL_KEY_SPECS', () => {
    const spec = parseKeySpecId('rsa-2048');
    expect(spec).not.toBe(ALL_KEY_SPECS[1]);
  });

  test('maps specs to SSH type labels', () => {
    expect(ALL_KEY_SPECS.map(sshKeyTypeOfSpec)).toEqual([
      'ssh-rsa',
      'ssh-rsa',
      'ssh-rsa',
      'ssh-rsa',
      'ssh-dss',
      'ecdsa-sha2-nistp256',
      'ecdsa-sha2-nistp384',
      'ecdsa-sha2-nistp521',
      'ssh-ed25519',
    ]);
    expect(keySpecId(DEFAULT_KEY_SPEC)).toBe('ecdsa-nistp256');
  });

  test('isSshKeyType accepts labels and rejects algorithm names and certificates', () => {
    expect(isSshKeyType('ssh-dss')).toBe(true);
    expect(isSshKeyType('rsa')).toBe(false);
    expect(isSshKeyType('ssh-rsa-cert-v01@openssh.com')).toBe(false);
  });
});
