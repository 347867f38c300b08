import { describe, expect, test } from 'vitest';
import { ECDSA_MD5, REGION, bodyOf, codeOf, fixtureKey, importParams, rpc, runAll, testEnv } from '../testing.ts';
import { handle } from './handle.ts';
import { addKeyPair, addResourceGroup, emptyState, regionOf } from './state.ts';
import type { EmulatorState } from './types.ts';

const importReq = (overrides: Record<string, string> = {}) => rpc('ImportKeyPair', importParams(overrides));
const run = (state: EmulatorState, overrides: Record<string, string> = {}) =>
  handle(state, importReq(overrides), testEnv());
const withoutParam = (name: string) => {
  const p = importParams();
  delete p[name];
  return rpc('ImportKeyPair', p);
};

function fullRegion(n: number, region = REGION): EmulatorState {
  let s = emptyState();
  for (let i = 0; i < n; i++) {
    s = addKeyPair(s, region, {
      name: `k${i}`,
      fingerprint: 'f',
      publicKey: 'p',
      creationTime: 't',
      resourceGroupId: '',
      tags: [],
    });
  }
  return s;
}

describe('ImportKeyPair: success', () => {
  test('returns the name and the MD5 fingerprint in colon form, as ssh-keygen prints it', () => {
    const env = testEnv();
    const out = handle(emptyState(), importReq(), env);
    expect(out.response.status).toBe(200);
    expect(out.response.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(bodyOf(out)).toEqual({ RequestId: env.requestId, KeyPairName: 'kp-test', KeyPairFingerPrint: ECDSA_MD5 });
  });

  test('stores the key pair with its creation time, public key, tags and resource group', () => {
    const s0 = addResourceGroup(emptyState(), 'rg-1');
    const out = run(s0, { ResourceGroupId: 'rg-1', 'Tag.2.Key': 'b', 'Tag.1.Key': 'a', 'Tag.1.Value': 'x' });
    expect(regionOf(out.state, REGION).keyPairs).toEqual([
      {
        name: 'kp-test',
        fingerprint: ECDSA_MD5,
        publicKey: fixtureKey('ecdsa-nistp256'),
        creationTime: '2024-05-01T10:00Z',
        resourceGroupId: 'rg-1',
        tags: [
          { TagKey: 'a', TagValue: 'x' },
          { TagKey: 'b', TagValue: '' },
        ],
      },
    ]);
  });

  test.for(['rsa-1024', 'rsa-2048', 'rsa-4096', 'dsa-1024', 'ecdsa-nistp384', 'ecdsa-nistp521'])(
    'accepts a %s key',
    (id) => {
      expect(run(emptyState(), { PublicKeyBody: fixtureKey(id) }).response.status).toBe(200);
    },
  );

  test('a comment does not change the fingerprint', () => {
    const out = run(emptyState(), { PublicKeyBody: `${fixtureKey('ecdsa-nistp256')} me@host` });
    expect(bodyOf(out)['KeyPairFingerPrint']).toBe(ECDSA_MD5);
  });

  test.for(['中文名字', 'a:b_c.d-e', `a${'b'.repeat(127)}`, 'Ab'])('accepts the name %s', (name) => {
    expect(run(emptyState(), { KeyPairName: name }).response.status).toBe(200);
  });

  test('allows one public key under two names, and names that differ only in case', () => {
    const { outcomes } = runAll(emptyState(), [
      importReq({ KeyPairName: 'one' }),
      importReq({ KeyPairName: 'two' }),
      importReq({ KeyPairName: 'ONE' }),
    ]);
    expect(outcomes.map((o) => o.response.status)).toEqual([200, 200, 200]);
  });

  test('the same name may exist in two regions', () => {
    const { outcomes } = runAll(emptyState(), [importReq(), importReq({ RegionId: 'cn-beijing' })]);
    expect(outcomes.map((o) => o.response.status)).toEqual([200, 200]);
  });

  test('ignores unknown extra parameters', () => {
    expect(run(emptyState(), { OwnerId: '123', Whatever: 'x' }).response.status).toBe(200);
  });
});

describe('ImportKeyPair: errors, one per row', () => {
  test.for(['RegionId', 'KeyPairName', 'PublicKeyBody'])('a missing %s is MissingParameter naming it', (name) => {
    const out = handle(emptyState(), withoutParam(name), testEnv());
    expect(out.response.status).toBe(400);
    expect(bodyOf(out)).toMatchObject({ Code: 'MissingParameter', Message: expect.stringContaining(`"${name}"`) });
  });

  const cases: Array<[string, Record<string, string>, number, string]> = [
    ['empty name', { KeyPairName: '' }, 400, 'InvalidKeyPairName.Malformed'],
    ['1-character name', { KeyPairName: 'a' }, 400, 'InvalidKeyPairName.Malformed'],
    ['129-character name', { KeyPairName: `a${'b'.repeat(128)}` }, 400, 'InvalidKeyPairName.Malformed'],
    ['name starting with a digit', { KeyPairName: '1abc' }, 400, 'InvalidKeyPairName.Malformed'],
    ['name with a blank', { KeyPairName: 'ab cd' }, 400, 'InvalidKeyPairName.Malformed'],
    ['name starting with http://', { KeyPairName: 'http://x' }, 400, 'InvalidKeyPairName.Malformed'],
    ['empty body', { PublicKeyBody: '' }, 400, 'InvalidPublicKeyBody.Malformed'],
    ['garbage body', { PublicKeyBody: 'ABC1234567' }, 400, 'InvalidPublicKeyBody.Malformed'],
    ['ed25519 key', { PublicKeyBody: fixtureKey('ed25519') }, 400, 'InvalidPublicKeyBody.Malformed'],
    ['RFC 4716 body', { PublicKeyBody: readRfc4716() }, 400, 'InvalidPublicKeyBody.Malformed'],
    ['unknown region', { RegionId: 'xx-nowhere-1' }, 404, 'InvalidRegionId.NotFound'],
    ['tag index 21', { 'Tag.21.Key': 'k' }, 400, 'InvalidParameter'],
    ['tag index 0', { 'Tag.0.Key': 'k' }, 400, 'InvalidParameter'],
    ['tag index 01', { 'Tag.01.Key': 'k' }, 400, 'InvalidParameter'],
    ['tag value without key', { 'Tag.1.Value': 'v' }, 400, 'MissingParameter'],
    ['empty tag key', { 'Tag.1.Key': '' }, 400, 'InvalidTagKey.Malformed'],
    ['tag key starting with aliyun', { 'Tag.1.Key': 'aliyunX' }, 400, 'InvalidTagKey.Malformed'],
    ['tag key starting with acs:', { 'Tag.1.Key': 'acs:x' }, 400, 'InvalidTagKey.Malformed'],
    ['129-character tag key', { 'Tag.1.Key': 'k'.repeat(129) }, 400, 'InvalidTagKey.Malformed'],
    ['tag key containing https://', { 'Tag.1.Key': 'a https://b' }, 400, 'InvalidTagKey.Malformed'],
    [
      'tag value containing http://',
      { 'Tag.1.Key': 'k', 'Tag.1.Value': 'see http://x' },
      400,
      'InvalidTagValue.Malformed',
    ],
    ['129-character tag value', { 'Tag.1.Key': 'k', 'Tag.1.Value': 'v'.repeat(129) }, 400, 'InvalidTagValue.Malformed'],
    ['duplicate tag keys', { 'Tag.1.Key': 'k', 'Tag.2.Key': 'k' }, 400, 'Duplicate.TagKey'],
    ['unknown resource group', { ResourceGroupId: 'rg-nope' }, 404, 'InvalidResourceGroup.NotFound'],
  ];
  test.for(cases)('%s → %i %s, and nothing is stored', ([, overrides, status, code]) => {
    const s0 = emptyState();
    const out = run(s0, overrides);
    expect([out.response.status, codeOf(out)]).toEqual([status, code]);
    expect(out.state.regions).toBe(s0.regions);
  });

  test('a duplicate name is KeyPair.AlreadyExist', () => {
    const { outcomes } = runAll(emptyState(), [importReq(), importReq()]);
    expect([outcomes[1]?.response.status, codeOf(outcomes[1]!)]).toEqual([400, 'KeyPair.AlreadyExist']);
  });

  test('the 501st key pair of a region is 403 QuotaExceed.KeyPair; another region is not limited', () => {
    const s = fullRegion(500);
    const out = run(s);
    expect([out.response.status, codeOf(out)]).toEqual([403, 'QuotaExceed.KeyPair']);
    expect(run(s, { RegionId: 'cn-beijing' }).response.status).toBe(200);
    expect(run(fullRegion(499)).response.status).toBe(200);
  });

  test('error bodies carry RequestId, HostId, Code, Message and a Recommend link', () => {
    const env = testEnv();
    const out = handle(emptyState(), importReq({ KeyPairName: '' }), env);
    expect(bodyOf(out)).toEqual({
      RequestId: env.requestId,
      HostId: env.hostId,
      Code: 'InvalidKeyPairName.Malformed',
      Message: 'Specified Key Pair name is not valid.',
      Recommend:
        'https://api.aliyun.com/troubleshoot?q=InvalidKeyPairName.Malformed&product=Ecs' +
        `&requestId=${env.requestId}`,
    });
  });
});

describe('ImportKeyPair: order of checks', () => {
  const orders: Array<[string, Record<string, string>, EmulatorState, string]> = [
    ['region before name', { RegionId: 'xx', KeyPairName: '1' }, emptyState(), 'InvalidRegionId.NotFound'],
    ['name before body', { KeyPairName: '1', PublicKeyBody: 'x' }, emptyState(), 'InvalidKeyPairName.Malformed'],
    ['body before tags', { PublicKeyBody: 'x', 'Tag.1.Key': '' }, emptyState(), 'InvalidPublicKeyBody.Malformed'],
    [
      'tags before resource group',
      { 'Tag.1.Key': '', ResourceGroupId: 'rg-x' },
      emptyState(),
      'InvalidTagKey.Malformed',
    ],
    [
      'resource group before uniqueness',
      { ResourceGroupId: 'rg-x', KeyPairName: 'k0' },
      fullRegion(1),
      'InvalidResourceGroup.NotFound',
    ],
    ['uniqueness before quota', { KeyPairName: 'k0' }, fullRegion(500), 'KeyPair.AlreadyExist'],
  ];
  test.for(orders)('%s', ([, overrides, state, code]) => {
    expect(codeOf(run(state, overrides))).toBe(code);
  });
});

function readRfc4716(): string {
  return fixtureKey('rsa-2048.rfc4716');
}
