import { describe, expect, test } from 'vitest';
import { DUMMY_CREDENTIALS } from '../client/index.ts';
import { scriptedClient, testSession } from '../engine/test-client.ts';
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

/** A session on a target that lists `foreignNames` as existing (not this verification's). */
function session(foreignNames: string[] = []) {
  const listed = (name: string) => (foreignNames.includes(name) ? [{ KeyPairName: name }] : []);
  const client = scriptedClient((_action, p) => ({
    status: 200,
    body: { RequestId: 'r', TotalCount: 0, KeyPairs: { KeyPair: listed(p.KeyPairName ?? '') } },
  }));
  return testSession(client);
}

function fakeResponse(answer = '{"RequestId":"r","KeyPairName":"k1"}') {
  const closers: Array<() => void> = [];
  const res = {
    statusCode: 200,
    writableFinished: true,
    write: (_chunk: unknown) => true,
    end: (_chunk?: unknown) => undefined,
    getHeader: () => 'application/json',
    sent: undefined as undefined | { status: number; body: unknown },
    on: (_e: 'close', fn: () => void) => void closers.push(fn),
    status: (code: number) => ({ json: (body: unknown) => void (res.sent = { status: code, body }) }),
    close: () => {
      res.end(answer);
      closers.forEach((f) => f());
    },
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
    expect(await filterRequest(req, fakeResponse(), signing, session(), log())).toBe('pass');
    expect(req.url).toBe('/_pactSetup');
  });

  test('ledgers an import before it leaves, and reads its answer when it ends', async () => {
    const s = session();
    const req = importReq();
    const res = fakeResponse();
    expect(await filterRequest(req, res, signing, s, log())).toBe('pass');
    expect(req.headers['authorization']).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI-KPC-LOOPBACK,/);
    expect(s.ledger.records()).toMatchObject([{ region: 'cn-hangzhou', name: 'k1', state: 'pending' }]);
    res.close();
    expect(s.ledger.records()).toMatchObject([{ name: 'k1', state: 'created' }]);
  });

  test('an import answered 500, or whose answer is cut off, is unknown: cleanup looks for it', async () => {
    const s = session();
    const res = Object.assign(fakeResponse('{"Code":"InternalError","RequestId":"r"}'), { statusCode: 500 });
    await filterRequest(importReq(), res, signing, s, log());
    res.close();
    expect(s.ledger.records()[0]?.state).toBe('unknown');
    const t = session();
    const cut = Object.assign(fakeResponse(), { writableFinished: false });
    await filterRequest(importReq(), cut, signing, t, log());
    cut.close();
    expect(t.ledger.records()[0]?.state).toBe('unknown');
  });

  test('refuses an import over a key pair it did not create, and records nothing', async () => {
    const s = session(['k1']);
    const l = log();
    const res = fakeResponse();
    expect(await filterRequest(importReq(), res, signing, s, l)).toBe('answered');
    expect(res.sent).toMatchObject({ status: 409, body: { Code: 'Kpc.Refused' } });
    expect(l.refusals).toEqual([expect.stringContaining('k1 already exists in cn-hangzhou')]);
    expect(s.ledger.records()).toEqual([]);
  });

  test('hands a request that is not an RPC call to the error path', async () => {
    await expect(
      filterRequest({ path: '/', url: '/?A=1', headers: {} }, fakeResponse(), signing, session(), log()),
    ).rejects.toThrow(/x-acs-action/);
    const errors: unknown[] = [];
    await new Promise<void>((resolve) =>
      requestFilter(signing, session(), log())({ path: '/', url: '/?A=1', headers: {} }, fakeResponse(), (e) =>
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
