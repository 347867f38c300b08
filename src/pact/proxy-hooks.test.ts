import { describe, expect, test } from 'vitest';
import { DUMMY_CREDENTIALS } from '../client/index.ts';
import type { Custody } from './custody.ts';
import { filterRequest, requestFilter, stateHandlers, type HookLog } from './proxy-hooks.ts';
import type { ResignOptions } from './resign.ts';
import type { StateEnv } from './state-setup.ts';

const signing: ResignOptions = {
  host: 'h:1',
  credentials: DUMMY_CREDENTIALS,
  now: () => new Date('2024-05-01T10:00:00Z'),
  nonce: () => 'n',
  regions: new Map(),
  resourceGroups: new Map(),
};

function fakeCustody(foreignNames: string[]): Custody & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    ledger: {} as Custody['ledger'],
    owns: () => false,
    foreign: async (_region, name) => foreignNames.includes(name),
    intent: (region, name) => void events.push(`intent ${region} ${name}`),
    outcome: (region, name, status) => void events.push(`outcome ${region} ${name} ${status}`),
    cleanup: async () => ({ created: 0, deleted: 0, leaked: [], requests: 0, errors: [] }),
  };
}

function fakeResponse() {
  const closers: Array<() => void> = [];
  const res = {
    statusCode: 200,
    writableFinished: true,
    sent: undefined as undefined | { status: number; body: unknown },
    on: (_e: 'close', fn: () => void) => void closers.push(fn),
    status: (code: number) => ({ json: (body: unknown) => void (res.sent = { status: code, body }) }),
    close: () => closers.forEach((f) => f()),
  };
  return res;
}

const importReq = () => ({
  path: '/',
  url: '/?RegionId=cn-hangzhou&KeyPairName=k1&PublicKeyBody=x',
  headers: { 'x-acs-action': 'ImportKeyPair', 'x-acs-version': '2014-05-26' } as Record<string, string>,
});
const log = (): HookLog => ({ refusals: [], stateErrors: [] });

describe('filterRequest', () => {
  test('lets state-setup calls through untouched', async () => {
    const req = { path: '/_pactSetup', url: '/_pactSetup', headers: {} };
    expect(await filterRequest(req, fakeResponse(), signing, fakeCustody([]), log())).toBe('pass');
    expect(req.url).toBe('/_pactSetup');
  });

  test('records an import before it leaves, and its outcome when it ends', async () => {
    const custody = fakeCustody([]);
    const req = importReq();
    const res = fakeResponse();
    expect(await filterRequest(req, res, signing, custody, log())).toBe('pass');
    expect(req.headers['authorization']).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI-KPC-LOOPBACK,/);
    res.close();
    expect(custody.events).toEqual(['intent cn-hangzhou k1', 'outcome cn-hangzhou k1 200']);
  });

  test('refuses an import over a key pair it did not create, and records nothing', async () => {
    const custody = fakeCustody(['k1']);
    const l = log();
    const res = fakeResponse();
    expect(await filterRequest(importReq(), res, signing, custody, l)).toBe('answered');
    expect(res.sent).toMatchObject({ status: 409, body: { Code: 'Kpc.Refused' } });
    expect(l.refusals).toEqual([expect.stringContaining('k1 already exists in cn-hangzhou')]);
    expect(custody.events).toEqual([]);
  });

  test('hands a request that is not an RPC call to the error path', async () => {
    await expect(
      filterRequest({ path: '/', url: '/?A=1', headers: {} }, fakeResponse(), signing, fakeCustody([]), log()),
    ).rejects.toThrow(/x-acs-action/);
    const errors: unknown[] = [];
    await new Promise<void>((resolve) =>
      requestFilter(signing, fakeCustody([]), log())({ path: '/', url: '/?A=1', headers: {} }, fakeResponse(), (e) =>
        resolve(void errors.push(e)),
      ),
    );
    expect(errors[0]).toBeInstanceOf(Error);
  });
});

describe('stateHandlers', () => {
  const handlers = stateHandlers({} as StateEnv, { refusals: [], stateErrors: [] });

  test('answers the known sentences and the empty state, nothing else', () => {
    expect(handlers['key pair k exists in cn-hangzhou']).toHaveProperty('setup');
    expect(handlers['cn-hangzhou holds 500 key pairs']).toHaveProperty('setup');
    expect(handlers['']).toHaveProperty('setup');
    expect(handlers['toJSON']).toBeUndefined();
    expect(JSON.stringify({ handlers })).toBe('{"handlers":{}}');
  });

  test('records a state whose params contradict its name, and fails its setup', async () => {
    const l = log();
    const h = stateHandlers({} as StateEnv, l)['key pair k exists in cn-hangzhou'] as {
      setup: (p: unknown) => Promise<unknown>;
    };
    await expect(h.setup({ name: 'other', region: 'cn-hangzhou', publicKey: 'x' })).rejects.toThrow(
      /unknown provider state/,
    );
    expect(l.stateErrors).toHaveLength(1);
  });
});
