/**
 * Interop: the official SDK (@alicloud/ecs20140526 on @alicloud/openapi-core), unchanged,
 * pointed at the emulator with authentication on. V3 signatures by default, V1 with
 * signatureAlgorithm 'v2'.
 */
import EcsModule, * as ecs from '@alicloud/ecs20140526';
import * as core from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import { ECDSA_MD5, TEST_KEY, fixtureKey } from '../../emulator/testing.ts';

// The SDK is CommonJS with `exports.default = Client`.
type ClientClass = typeof EcsModule.default;
type EcsClient = InstanceType<ClientClass>;
// Node gives module.exports (class under .default); vitest's interop may unwrap it already.
const loaded = EcsModule as unknown as ClientClass | { default: ClientClass };
const Client: ClientClass = typeof loaded === 'function' ? loaded : loaded.default;

function sdk(emu: RunningEmulator, secret: string = TEST_KEY.secret, signatureAlgorithm?: string): EcsClient {
  const config = new core.$OpenApiUtil.Config({
    accessKeyId: TEST_KEY.id,
    accessKeySecret: secret,
    endpoint: emu.url.replace('http://', ''),
    protocol: 'http',
    regionId: 'cn-hangzhou',
    ...(signatureAlgorithm ? { signatureAlgorithm } : {}),
  });
  return new Client(config);
}

async function sdkError(p: Promise<unknown>): Promise<{ code?: string; statusCode?: number }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; statusCode?: number };
  }
  throw new Error('expected the SDK to throw');
}

describe('official SDK against the emulator (auth on)', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ accessKeys: { [TEST_KEY.id]: TEST_KEY.secret } });
  });
  afterAll(() => emu.close());

  test('imports, sees KeyPair.AlreadyExist on a duplicate, describes with a wildcard, deletes', async () => {
    const client = sdk(emu);
    const publicKeyBody = fixtureKey('ecdsa-nistp256');
    const imported = await client.importKeyPair(
      new ecs.ImportKeyPairRequest({
        regionId: 'cn-hangzhou',
        keyPairName: 'sdk-key-1',
        publicKeyBody,
        tag: [new ecs.ImportKeyPairRequestTag({ key: 'suite', value: 'kpc' })],
      }),
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.body).toMatchObject({ keyPairName: 'sdk-key-1', keyPairFingerPrint: ECDSA_MD5 });

    const dup = await sdkError(
      client.importKeyPair(
        new ecs.ImportKeyPairRequest({ regionId: 'cn-hangzhou', keyPairName: 'sdk-key-1', publicKeyBody }),
      ),
    );
    expect(dup.code).toBe('KeyPair.AlreadyExist');
    expect(dup.statusCode).toBe(400);

    const listed = await client.describeKeyPairs(
      new ecs.DescribeKeyPairsRequest({ regionId: 'cn-hangzhou', keyPairName: 'sdk-*', includePublicKey: true }),
    );
    expect(listed.body?.totalCount).toBe(1);
    const item = listed.body?.keyPairs?.keyPair?.[0];
    expect(item).toMatchObject({ keyPairName: 'sdk-key-1', keyPairFingerPrint: ECDSA_MD5, publicKey: publicKeyBody });
    expect(item?.tags?.tag?.[0]).toMatchObject({ tagKey: 'suite', tagValue: 'kpc' });

    const deleted = await client.deleteKeyPairs(
      new ecs.DeleteKeyPairsRequest({ regionId: 'cn-hangzhou', keyPairNames: JSON.stringify(['sdk-key-1']) }),
    );
    expect(deleted.statusCode).toBe(200);
    const after = await client.describeKeyPairs(
      new ecs.DescribeKeyPairsRequest({ regionId: 'cn-hangzhou', keyPairName: 'sdk-*' }),
    );
    expect(after.body?.totalCount).toBe(0);
  });

  test('signs with V1 (signatureAlgorithm v2) as well', async () => {
    const r = await sdk(emu, TEST_KEY.secret, 'v2').describeKeyPairs(
      new ecs.DescribeKeyPairsRequest({ regionId: 'cn-hangzhou' }),
    );
    expect(r.statusCode).toBe(200);
  });

  test('with a wrong secret the SDK gets SignatureDoesNotMatch', async () => {
    const e = await sdkError(
      sdk(emu, 'not-the-secret').describeKeyPairs(new ecs.DescribeKeyPairsRequest({ regionId: 'cn-hangzhou' })),
    );
    expect(e.code).toBe('SignatureDoesNotMatch');
  });

  test('a malformed key is InvalidPublicKeyBody.Malformed', async () => {
    const e = await sdkError(
      sdk(emu).importKeyPair(
        new ecs.ImportKeyPairRequest({ regionId: 'cn-hangzhou', keyPairName: 'sdk-bad', publicKeyBody: 'ABC1234567' }),
      ),
    );
    expect(e.code).toBe('InvalidPublicKeyBody.Malformed');
  });
});
