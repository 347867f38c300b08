import { describe, expect, test } from 'vitest';
import { createEmulator, isLoopback, type Emulator, type Reply } from './app.ts';
import { regionOf } from './core/state.ts';
import { ECDSA_MD5, REGION, fixtureKey, importParams, rpc } from './testing.ts';

const enc = new TextEncoder();
const ctl = (method: string, path: string, body?: unknown) => ({
  method,
  url: path,
  headers: { host: 'localhost', 'content-type': 'application/json' },
  body: body === undefined ? new Uint8Array(0) : enc.encode(typeof body === 'string' ? body : JSON.stringify(body)),
});
async function call(emu: Emulator, method: string, path: string, body?: unknown, remoteAddress?: string) {
  const reply: Reply = await emu.dispatch(
    ctl(method, path, body),
    remoteAddress === undefined ? {} : { remoteAddress },
  );
  if (reply.kind !== 'response') throw new Error('connection reset');
  return { status: reply.response.status, json: JSON.parse(reply.response.body) as Record<string, unknown> };
}

describe('test control endpoints', () => {
  test('health and state report the key pairs', async () => {
    const emu = createEmulator();
    await emu.dispatch(rpc('ImportKeyPair', importParams()));
    expect(await call(emu, 'GET', '/__kpc/health')).toEqual({
      status: 200,
      json: { status: 'ok', keyPairs: 1, securityTokenRequired: false },
    });
    const state = await call(emu, 'GET', '/__kpc/state');
    expect(state.json).toMatchObject({
      regions: { [REGION]: { created: 1, keyPairs: [{ name: 'kp-test', fingerprint: ECDSA_MD5 }] } },
    });
  });

  test('seed stores given keys and generates missing ones, marking foreign ones', async () => {
    const emu = createEmulator();
    const r = await call(emu, 'POST', '/__kpc/seed', {
      region: REGION,
      keyPairs: [
        {
          name: 'mine',
          publicKey: fixtureKey('ecdsa-nistp256'),
          foreign: true,
          tags: [{ key: 'owner', value: 'me' }],
          resourceGroupId: 'rg-user',
        },
        { name: 'generated' },
      ],
    });
    expect(r.status).toBe(200);
    const seeded = r.json['keyPairs'] as Array<Record<string, string>>;
    expect(seeded[0]).toMatchObject({ name: 'mine', fingerprint: ECDSA_MD5 });
    expect(seeded[1]).toMatchObject({
      name: 'generated',
      publicKey: expect.stringMatching(/^ecdsa-sha2-nistp256 /),
      privateKeyPem: expect.stringContaining('PRIVATE KEY'),
    });
    const stored = regionOf(emu.state(), REGION).keyPairs;
    expect(stored[0]).toMatchObject({
      foreign: true,
      tags: [{ TagKey: 'owner', TagValue: 'me' }],
      resourceGroupId: 'rg-user',
    });
    expect(emu.state().resourceGroups).toContain('rg-user');
    // A seeded name is taken for imports too.
    const dup = await emu.dispatch(rpc('ImportKeyPair', importParams({ KeyPairName: 'mine' })));
    expect(dup.kind === 'response' && JSON.parse(dup.response.body).Code).toBe('KeyPair.AlreadyExist');
  });

  test.for([
    [{ region: 'nowhere', keyPairs: [] }, 400],
    [{ region: REGION, keyPairs: [{ name: '' }] }, 400],
    [{ region: REGION, keyPairs: [{ name: 'x', publicKey: 'junk' }] }, 400],
    [{ region: REGION, keyPairs: [{ name: 'x', tags: 'no' }] }, 400],
    [{ region: REGION, keyPairs: [{ name: 'same' }, { name: 'same' }] }, 409],
    ['not json', 400],
  ] as Array<[unknown, number]>)('seed refuses %j with %i and stores nothing', async ([body, status]) => {
    const emu = createEmulator();
    expect((await call(emu, 'POST', '/__kpc/seed', body)).status).toBe(status);
    expect(emu.state().regions).toEqual({});
  });

  test('resource-groups adds a group that imports may then name', async () => {
    const emu = createEmulator();
    expect((await call(emu, 'POST', '/__kpc/resource-groups', { id: 'rg-new' })).json).toEqual({
      resourceGroups: ['rg-new'],
    });
    const out = await emu.dispatch(rpc('ImportKeyPair', importParams({ ResourceGroupId: 'rg-new' })));
    expect(out.kind === 'response' && out.response.status).toBe(200);
  });

  test('reset empties one region or all, and restores the configured resource groups', async () => {
    const emu = createEmulator({ resourceGroups: ['rg-base'] });
    await call(emu, 'POST', '/__kpc/resource-groups', { id: 'rg-extra' });
    await emu.dispatch(rpc('ImportKeyPair', importParams()));
    await emu.dispatch(rpc('ImportKeyPair', importParams({ RegionId: 'cn-beijing' })));
    await call(emu, 'POST', '/__kpc/reset', { region: 'cn-beijing' });
    expect(regionOf(emu.state(), 'cn-beijing').keyPairs).toEqual([]);
    expect(regionOf(emu.state(), REGION).keyPairs).toHaveLength(1);
    await call(emu, 'POST', '/__kpc/reset');
    expect(emu.state().regions).toEqual({});
    expect(emu.state().resourceGroups).toEqual(['rg-base']);
  });

  test('non-loopback clients get 403; unknown control paths 404', async () => {
    const emu = createEmulator();
    expect((await call(emu, 'POST', '/__kpc/reset', undefined, '10.1.2.3')).status).toBe(403);
    expect((await call(emu, 'GET', '/__kpc/nope')).status).toBe(404);
  });

  test.for([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:192.168.1.1', false],
  ] as Array<[string, boolean]>)('isLoopback(%s) is %s', ([addr, want]) => {
    expect(isLoopback(addr)).toBe(want);
  });
});
