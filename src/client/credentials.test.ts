import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { credentialsFromEnv, DUMMY_CREDENTIALS } from './credentials.ts';

const ID = 'ALIBABA_CLOUD_ACCESS_KEY_ID';
const SECRET = 'ALIBABA_CLOUD_ACCESS_KEY_SECRET';
const TOKEN = 'ALIBABA_CLOUD_SECURITY_TOKEN';

function faultOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a fault');
}

describe('credentialsFromEnv', () => {
  test('returns undefined when no variable is set', () => {
    expect(credentialsFromEnv({})).toBeUndefined();
  });

  test('reads id and secret, without a token', () => {
    expect(credentialsFromEnv({ [ID]: 'id1', [SECRET]: 's1' })).toEqual({ accessKeyId: 'id1', accessKeySecret: 's1' });
  });

  test('reads an STS token beside the key pair', () => {
    expect(credentialsFromEnv({ [ID]: 'id1', [SECRET]: 's1', [TOKEN]: 't1' })).toEqual({
      accessKeyId: 'id1',
      accessKeySecret: 's1',
      securityToken: 't1',
    });
  });

  test('treats empty variables as unset', () => {
    expect(credentialsFromEnv({ [ID]: '', [SECRET]: ' ' })).toBeUndefined();
  });

  test('a secret without an id is a KPC_CONFIG fault naming the missing id, not printing the secret', () => {
    const e = faultOf(() => credentialsFromEnv({ [SECRET]: 'CANARY-SECRET-9f3b' }));
    expect(isKpcError(e, 'KPC_CONFIG')).toBe(true);
    expect((e as Error).message).toContain(`but ${ID} is not`);
    expect((e as Error).message).not.toContain('CANARY-SECRET-9f3b');
  });

  test('an id without a secret is a KPC_CONFIG fault naming the missing secret, not printing the id', () => {
    const e = faultOf(() => credentialsFromEnv({ [ID]: 'LTAI-canary-id' }));
    expect(isKpcError(e, 'KPC_CONFIG')).toBe(true);
    expect((e as Error).message).toContain(`but ${SECRET} is not`);
    expect((e as Error).message).not.toContain('LTAI-canary-id');
  });

  test('a token alone is a KPC_CONFIG fault', () => {
    const e = faultOf(() => credentialsFromEnv({ [TOKEN]: 'CANARY-STS-TOKEN' }));
    expect(isKpcError(e, 'KPC_CONFIG')).toBe(true);
    expect((e as Error).message).toContain(ID);
    expect((e as Error).message).not.toContain('CANARY-STS-TOKEN');
  });

  test('dummy credentials are complete and carry no token', () => {
    expect(DUMMY_CREDENTIALS.accessKeyId).not.toBe('');
    expect(DUMMY_CREDENTIALS.accessKeySecret).not.toBe('');
    expect(DUMMY_CREDENTIALS.securityToken).toBeUndefined();
  });
});
