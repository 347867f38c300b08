/**
 * Property-based robustness: whatever arrives (random parameters, huge or unicode values,
 * lone surrogates, random bytes, invalid UTF-8, random headers), the emulator answers
 * JSON, never 5xx (faults off), and every error carries a Code and a Message.
 */
import { readBody } from '../src/client/body.ts';
import fc from 'fast-check';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RawHttpRequest } from '../src/sign/index.ts';
import { handle } from './core/handle.ts';
import { emptyState } from './core/state.ts';
import { startEmulator, type RunningEmulator } from './server.ts';
import { TEST_KEY, fixtureKey, send, signedV1, signedV3, testEnv } from './testing.ts';

const ACTIONS = ['ImportKeyPair', 'DescribeKeyPairs', 'DeleteKeyPairs', 'RunInstances', ''];
const NAMES = [
  'RegionId',
  'KeyPairName',
  'PublicKeyBody',
  'ResourceGroupId',
  'Tag.1.Key',
  'Tag.1.Value',
  'Tag.21.Key',
  'Tag.x.Key',
  'KeyPairNames',
  'PageNumber',
  'PageSize',
  'IncludePublicKey',
  'KeyPairFingerPrint',
  'Version',
  'Signature',
  '__proto__',
  'constructor',
];

/** UTF-8 percent-encoding that never throws (a lone surrogate becomes U+FFFD, as on the wire). */
function enc(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    'cn-hangzhou',
    'abc',
    '',
    '["a","b"]',
    fixtureKey('ecdsa-nistp256'),
    '1',
    '0',
    '51',
    'true',
    'a'.repeat(100_000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const params = fc.dictionary(
  fc.oneof(fc.constantFrom(...NAMES), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })),
  value,
  { maxKeys: 8 },
);

const paramRequest = fc
  .record({ action: fc.constantFrom(...ACTIONS), params, method: fc.constantFrom('GET', 'POST') })
  .map(({ action, params: p, method }): RawHttpRequest => {
    const query = Object.entries({ Action: action, Version: '2014-05-26', ...p })
      .map(([k, v]) => `${enc(k)}=${enc(v)}`)
      .join('&');
    return { method, url: `/?${query}`, headers: { host: 'localhost' }, body: new Uint8Array(0) };
  });

const rawRequest = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'get'),
    url: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `/?${s}`),
      fc.string({ unit: 'binary', maxLength: 100 }),
    ),
    body: fc.uint8Array({ maxLength: 2000 }),
    contentType: fc.constantFrom(
      undefined,
      'application/x-www-form-urlencoded',
      'application/json',
      'application/x-www-form-urlencoded; charset=latin1',
    ),
    authorization: fc.option(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.constant(`ACS3-HMAC-SHA256 Credential=${TEST_KEY.id},SignedHeaders=host,Signature=00`),
      ),
    ),
    extra: fc.dictionary(
      fc.constantFrom('x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'),
      fc.string({ maxLength: 60 }),
    ),
  })
  .map(({ method, url, body, contentType, authorization, extra }): RawHttpRequest => ({
    method,
    url,
    headers: {
      host: 'localhost',
      ...extra,
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(authorization !== null ? { authorization } : {}),
    },
    body,
  }));

function checkAnswer(status: number, text: string): void {
  expect(status).toBeGreaterThanOrEqual(200);
  expect(status).toBeLessThan(500);
  const read = readBody(text);
  expect(read.format, text).toBeDefined();
  const body = read.body as Record<string, unknown>;
  expect(body['RequestId']).toEqual(expect.stringMatching(/^[0-9A-F-]{36}$/));
  if (status !== 200) {
    expect(body['Code']).toEqual(expect.stringMatching(/^[A-Za-z.]+$/));
    expect(body['Message']).toEqual(expect.stringMatching(/\S/));
  }
}

const auths = [
  ['off', { required: false, accessKeys: {} }],
  ['on', { required: true, accessKeys: { [TEST_KEY.id]: TEST_KEY.secret } }],
] as const;

describe.each(auths)('handle() with auth %s', (_, auth) => {
  test('random parameters never crash and never get a 5xx', () => {
    fc.assert(
      fc.property(paramRequest, (req) => {
        const out = handle(emptyState(), req, testEnv({ auth }));
        checkAnswer(out.response.status, out.response.body);
      }),
      { numRuns: 400 },
    );
  });

  test('random raw requests (bytes, invalid UTF-8, headers) never crash and never get a 5xx', () => {
    fc.assert(
      fc.property(rawRequest, (req) => {
        const out = handle(emptyState(), req, testEnv({ auth }));
        checkAnswer(out.response.status, out.response.body);
      }),
      { numRuns: 400 },
    );
  });
});

test('validly signed requests with random well-formed parameters never crash and never get a 5xx', () => {
  const wellFormed = fc.dictionary(
    fc.oneof(fc.constantFrom(...NAMES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    { maxKeys: 8 },
  );
  const env = testEnv({ auth: auths[1][1] });
  fc.assert(
    fc.property(fc.constantFrom(...ACTIONS.filter((a) => a !== '')), wellFormed, fc.boolean(), (action, p, v1) => {
      const req = v1 ? signedV1(action, p, { method: 'POST' }) : signedV3(action, p);
      const out = handle(emptyState(), req, env);
      checkAnswer(out.response.status, out.response.body);
      expect(JSON.parse(out.response.body).Code).not.toMatch(/Signature|AccessKey/);
    }),
    { numRuns: 300 },
  );
});

describe('over HTTP', () => {
  let emu: RunningEmulator;
  const agent = new Agent({ connections: 8 });
  beforeAll(async () => {
    emu = await startEmulator({ accessKeys: { [TEST_KEY.id]: TEST_KEY.secret }, maxBodyBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await agent.close();
    await emu.close();
  });

  // HTTP clients refuse some bytes in URLs and headers, so the wire fuzz keeps them sendable.
  const sendable = rawRequest.map((r) => ({
    ...r,
    method: r.method.toUpperCase(),
    url: `/?${Buffer.from(r.url)
      .toString('latin1')
      .replace(/[^\x21-\x7e]/g, '%')}`,
    headers: Object.fromEntries(
      Object.entries(r.headers).map(([k, v]) => [k, String(v).replace(/[^\x20-\x7e]/g, '?')]),
    ),
  }));

  test('random requests get an API answer (JSON or XML) and never a 5xx; oversized bodies get 413', async () => {
    await fc.assert(
      fc.asyncProperty(sendable, fc.boolean(), async (req, huge) => {
        const body = huge ? new Uint8Array(64 * 1024 + 1) : req.body;
        const r = await send(emu.url, { ...req, body }, agent);
        checkAnswer(r.status, r.text);
        if (huge) expect(r.status).toBe(413);
      }),
      { numRuns: 120 },
    );
  });
});
