import { describe, expect, test } from 'vitest';
import { readBody } from '../src/client/body.ts';
import { createEmulator, type Reply } from './app.ts';
import { REGION, TEST_KEY, importParams, signedV1, signedV3 } from './testing.ts';

const emulator = () => createEmulator({ accessKeys: { [TEST_KEY.id]: TEST_KEY.secret }, now: () => new Date() });
const opts = { date: new Date() };

function read(reply: Reply) {
  if (reply.kind !== 'response') throw new Error('no response');
  return {
    status: reply.response.status,
    type: reply.response.headers['content-type'],
    ...readBody(reply.response.body),
  };
}

describe('the form of an answer', () => {
  test('Format=xml gets an ImportKeyPairResponse in XML with the same fields as JSON', async () => {
    const emu = emulator();
    const xml = read(await emu.dispatch(signedV1('ImportKeyPair', importParams(), { ...opts, format: 'xml' })));
    expect(xml).toMatchObject({ status: 200, format: 'xml', root: 'ImportKeyPairResponse' });
    expect(xml.type).toMatch(/^text\/xml/);
    expect(xml.body).toMatchObject({
      KeyPairName: 'kp-test',
      KeyPairFingerPrint: expect.stringMatching(/^[0-9a-f:]{47}$/),
    });
  });

  test('a V1 request without Format gets XML, the documented default; Format=JSON gets JSON', async () => {
    const emu = emulator();
    const bare = read(
      await emu.dispatch(signedV1('DescribeKeyPairs', { RegionId: REGION }, { ...opts, format: null })),
    );
    expect(bare).toMatchObject({ status: 200, format: 'xml', root: 'DescribeKeyPairsResponse' });
    const json = read(await emu.dispatch(signedV1('DescribeKeyPairs', { RegionId: REGION }, opts)));
    expect(json).toMatchObject({ status: 200, format: 'json' });
  });

  test('an error asked for in XML is an Error envelope with the Code', async () => {
    const emu = emulator();
    const params = importParams({ KeyPairName: '1bad' });
    const r = read(await emu.dispatch(signedV1('ImportKeyPair', params, { ...opts, format: 'xml' })));
    expect(r).toMatchObject({
      status: 400,
      format: 'xml',
      root: 'Error',
      body: { Code: 'InvalidKeyPairName.Malformed' },
    });
    expect(r.body).toHaveProperty('HostId');
  });

  test('DescribeKeyPairs in XML lists KeyPairs of KeyPair elements with their Tags, counts as numbers', async () => {
    const emu = emulator();
    await emu.dispatch(signedV1('ImportKeyPair', importParams({ 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }), opts));
    const r = read(await emu.dispatch(signedV1('DescribeKeyPairs', { RegionId: REGION }, { ...opts, format: 'xml' })));
    expect(r.body).toMatchObject({
      TotalCount: 1,
      KeyPairs: { KeyPair: [{ KeyPairName: 'kp-test', Tags: { Tag: [{ TagKey: 'k', TagValue: 'v' }] } }] },
    });
  });

  test('a V3 request gets JSON, or XML when its Accept header asks for it', async () => {
    const emu = emulator();
    const v3 = signedV3('DescribeKeyPairs', { RegionId: REGION }, opts);
    expect(read(await emu.dispatch(v3)).format).toBe('json');
    const asking = signedV3('DescribeKeyPairs', { RegionId: REGION }, opts);
    const xml = read(await emu.dispatch({ ...asking, headers: { ...asking.headers, accept: 'application/xml' } }));
    expect(xml).toMatchObject({ status: 200, format: 'xml', root: 'DescribeKeyPairsResponse' });
  });
});
