/**
 * Interop beyond the official SDK: @alicloud/pop-core (V1, GET and POST, JSON and XML) and a
 * raw V1 request without Format, against the emulator with authentication on. pop-core reads
 * every answer with JSON.parse, so with Format=XML it fails on the emulator's (correct) XML
 * answer: the test checks that the signed request was accepted and what was answered.
 */
import RPCClient from '@alicloud/pop-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Reply } from '../../emulator/app.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';
import { ECDSA_MD5, REGION, TEST_KEY, fixtureKey, hostOf, send, signedV1 } from '../../emulator/testing.ts';
import { readBody } from '../../src/client/body.ts';

let emu: RunningEmulator;
const answers: Reply[] = [];
beforeAll(async () => {
  emu = await startEmulator({ accessKeys: { [TEST_KEY.id]: TEST_KEY.secret } });
  const inner = emu.emulator.dispatch;
  emu.emulator.dispatch = async (raw, meta) => {
    const reply = await inner(raw, meta);
    answers.push(reply);
    return reply;
  };
});
afterAll(() => emu.close());

const popCore = () =>
  new RPCClient({
    accessKeyId: TEST_KEY.id,
    accessKeySecret: TEST_KEY.secret,
    endpoint: emu.url,
    apiVersion: '2014-05-26',
  });

function lastAnswer() {
  const reply = answers.at(-1);
  if (reply?.kind !== 'response') throw new Error('no answer recorded');
  return {
    status: reply.response.status,
    type: reply.response.headers['content-type'],
    ...readBody(reply.response.body),
  };
}

describe('@alicloud/pop-core against the emulator (auth on)', () => {
  test.for(['GET', 'POST'])('imports, describes and deletes over %s with Format=JSON, its default', async (method) => {
    const client = popCore();
    const name = `pop-${method.toLowerCase()}`;
    const publicKeyBody = fixtureKey('ecdsa-nistp256');
    const imported = await client.request(
      'ImportKeyPair',
      { RegionId: REGION, KeyPairName: name, PublicKeyBody: publicKeyBody },
      { method },
    );
    expect(imported).toMatchObject({ KeyPairName: name, KeyPairFingerPrint: ECDSA_MD5 });
    const listed = await client.request('DescribeKeyPairs', { RegionId: REGION, KeyPairName: name }, { method });
    expect(listed).toMatchObject({ TotalCount: 1, KeyPairs: { KeyPair: [{ KeyPairName: name }] } });
    await client.request('DeleteKeyPairs', { RegionId: REGION, KeyPairNames: JSON.stringify([name]) }, { method });
  });

  test('with Format=XML its signed request is accepted and answered in XML, which pop-core cannot read', async () => {
    const client = popCore();
    const params = {
      RegionId: REGION,
      KeyPairName: 'pop-xml',
      PublicKeyBody: fixtureKey('ecdsa-nistp256'),
      Format: 'XML',
    };
    await expect(client.request('ImportKeyPair', params, { method: 'POST' })).rejects.toMatchObject({
      name: 'SyntaxError',
    });
    expect(lastAnswer()).toMatchObject({
      status: 200,
      type: expect.stringMatching(/^text\/xml/),
      format: 'xml',
      root: 'ImportKeyPairResponse',
      body: { KeyPairName: 'pop-xml', KeyPairFingerPrint: ECDSA_MD5 },
    });
  });
});

describe('a raw V1 request without Format', () => {
  test('gets the documented default, XML, with the fields of the JSON answer', async () => {
    const raw = signedV1(
      'DescribeKeyPairs',
      { RegionId: REGION, KeyPairName: 'pop-xml' },
      {
        host: hostOf(emu.url),
        date: new Date(),
        format: null,
      },
    );
    expect(raw.url).not.toMatch(/Format=/);
    const r = await send(emu.url, raw);
    expect(r.status).toBe(200);
    expect(readBody(r.text)).toMatchObject({
      format: 'xml',
      root: 'DescribeKeyPairsResponse',
      body: { TotalCount: 1, KeyPairs: { KeyPair: [{ KeyPairName: 'pop-xml' }] } },
    });
  });
});
