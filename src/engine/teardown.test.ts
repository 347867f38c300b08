import { describe, expect, test } from 'vitest';
import { teardownFindings } from '../report/findings.ts';
import { teardown } from './teardown.ts';
import { scriptedClient, testSession, type Scripted } from './test-client.ts';

const TOKEN = 'kpcabcdefghij';
const REGION = 'cn-hangzhou';

/** A tiny key-pair store answering DescribeKeyPairs and DeleteKeyPairs; quirks make it misbehave. */
function store(names: string[], quirks: { lazyDeletes?: number; strictDeletes?: boolean; listFails?: boolean } = {}) {
  const held = new Set(names);
  let lazy = quirks.lazyDeletes ?? 0;
  const ok = (body: Record<string, unknown>): Scripted => ({ status: 200, body: { RequestId: 'r', ...body } });
  const client = scriptedClient((action, p) => {
    if (action === 'DescribeKeyPairs') {
      if (quirks.listFails) return { status: 503, body: { Code: 'ServiceUnavailable', RequestId: 'r' } };
      const pattern = p.KeyPairName ?? '*';
      const match = pattern.startsWith('*')
        ? (n: string) => n.includes(pattern.slice(1, -1))
        : (n: string) => n === pattern;
      const all = [...held].filter(match).sort();
      const size = Number(p.PageSize ?? 10);
      const page = all.slice((Number(p.PageNumber ?? 1) - 1) * size).slice(0, size);
      return ok({ TotalCount: all.length, KeyPairs: { KeyPair: page.map((KeyPairName) => ({ KeyPairName })) } });
    }
    const asked = JSON.parse(p.KeyPairNames ?? '[]') as string[];
    if (quirks.strictDeletes && asked.some((n) => !held.has(n)))
      return { status: 400, body: { Code: 'KeyPair.NotFound', RequestId: 'r' } };
    if (lazy-- > 0) return ok({}); // says it deleted, deleted nothing
    for (const n of asked) held.delete(n);
    return ok({});
  });
  return { client, held };
}

function sessionWith(
  client: ReturnType<typeof store>['client'],
  ledger: Array<[string, 'created' | 'unknown' | 'not-created']>,
) {
  const session = testSession(client);
  for (const [name, outcome] of ledger) {
    session.ledger.intent(REGION, name, 'case');
    session.ledger.outcome(REGION, name, outcome);
  }
  return session;
}

const quick = { backoff: async () => {} };

describe('teardown', () => {
  test('deletes what the run created and counts from the listings, not from answers', async () => {
    const t = store([`${TOKEN}a`, `${TOKEN}b`, 'users-own']);
    const s = sessionWith(t.client, [
      [`${TOKEN}a`, 'created'],
      [`${TOKEN}b`, 'created'],
    ]);
    const r = await teardown(s, quick);
    expect(r).toMatchObject({ created: 2, deleted: 2, leaked: [], listedAfterDelete: [] });
    expect([...t.held]).toEqual(['users-own']);
  });

  test('an import whose answer was lost is deleted if it is there, and counted only then', async () => {
    const t = store([`${TOKEN}lost`]);
    const s = sessionWith(t.client, [
      [`${TOKEN}lost`, 'unknown'],
      [`${TOKEN}never`, 'unknown'],
      [`${TOKEN}refused`, 'not-created'],
    ]);
    const r = await teardown(s, quick);
    expect(r).toMatchObject({ created: 1, deleted: 1, leaked: [] });
    expect(t.held.size).toBe(0);
  });

  test('a delete answered with success that left the key pairs is repeated, and reported', async () => {
    const t = store([`${TOKEN}a`, `${TOKEN}b`], { lazyDeletes: 1 });
    const s = sessionWith(t.client, [
      [`${TOKEN}a`, 'created'],
      [`${TOKEN}b`, 'created'],
    ]);
    const r = await teardown(s, quick);
    expect(r.leaked).toEqual([]);
    expect(r.listedAfterDelete.map((p) => p.name).sort()).toEqual([`${TOKEN}a`, `${TOKEN}b`]);
    expect(t.held.size).toBe(0);
  });

  test('a target whose deletes succeed and delete nothing: its names become a failed rule', async () => {
    const t = store([`${TOKEN}a`, `${TOKEN}b`, 'users-own'], { lazyDeletes: Infinity });
    const s = sessionWith(t.client, [
      [`${TOKEN}a`, 'created'],
      [`${TOKEN}b`, 'created'],
    ]);
    const r = await teardown(s, { ...quick, rounds: 3 });
    const expected = [`${TOKEN}a`, `${TOKEN}b`].map((name) => ({ region: REGION, name }));
    expect(r.listedAfterDelete).toEqual(expected);
    expect(r.leaked).toEqual(expected);
    expect(teardownFindings(r)).toEqual([
      expect.objectContaining({ rule: 'DEL-REMOVES-ALL', source: 'teardown', places: expected }),
    ]);
    expect([...t.held].sort()).toEqual([`${TOKEN}a`, `${TOKEN}b`, 'users-own']);
  });

  test('a key pair a case deleted with an answer of success, still listed, is deleted again and reported', async () => {
    const t = store([`${TOKEN}a`]);
    const s = sessionWith(t.client, [[`${TOKEN}a`, 'created']]);
    s.ledger.deleted(REGION, `${TOKEN}a`);
    const r = await teardown(s, quick);
    expect(r.listedAfterDelete).toEqual([{ region: REGION, name: `${TOKEN}a` }]);
    expect(r).toMatchObject({ created: 1, deleted: 1, leaked: [] });
    expect(t.held.size).toBe(0);
  });

  const refusedBatches =
    'a target refusing a batch with a name it does not hold gets smaller batches, down to single names';
  test(refusedBatches, async () => {
    const t = store([`${TOKEN}a`, `${TOKEN}c`], { strictDeletes: true });
    const s = sessionWith(t.client, [
      [`${TOKEN}a`, 'created'],
      [`${TOKEN}c`, 'created'],
    ]);
    // The ledger also says b was created, but the listing no longer shows it (deleted behind our back).
    s.ledger.intent(REGION, `${TOKEN}b`, 'case');
    s.ledger.outcome(REGION, `${TOKEN}b`, 'created');
    const r = await teardown(s, { ...quick, batch: 100 }, s.ledger.records());
    expect(r.leaked).toEqual([]);
    expect(t.held.size).toBe(0);
  });

  test('a short name that cannot carry the token is looked up by name', async () => {
    const t = store(['ab']);
    const r = await teardown(sessionWith(t.client, [['ab', 'created']]), quick);
    expect(r).toMatchObject({ created: 1, deleted: 1, leaked: [] });
  });

  test('when the target cannot list, every candidate is reported as possibly left, with the reason', async () => {
    const t = store([`${TOKEN}a`], { listFails: true });
    const r = await teardown(sessionWith(t.client, [[`${TOKEN}a`, 'created']]), { ...quick, rounds: 2 });
    expect(r.leaked).toEqual([{ region: REGION, name: `${TOKEN}a` }]);
    expect(r.errors.join()).toContain('could not list');
  });

  test("pages through a region of more than one page of the run's key pairs", async () => {
    const names = Array.from({ length: 120 }, (_, i) => `${TOKEN}n${i}`);
    const t = store(names);
    const r = await teardown(
      sessionWith(
        t.client,
        names.map((n) => [n, 'created'] as [string, 'created']),
      ),
      quick,
    );
    expect(r).toMatchObject({ created: 120, deleted: 120, leaked: [] });
  });
});

describe('teardown of imports into a region the target refuses', () => {
  test('a lost import naming an empty region is not there: nothing leaks, nothing is deleted', async () => {
    const client = scriptedClient((action, p) =>
      action === 'DescribeKeyPairs' && p.RegionId === ''
        ? { status: 400, body: { Code: 'MissingParameter', RequestId: 'r' } }
        : { status: 200, body: { RequestId: 'r', TotalCount: 0, KeyPairs: { KeyPair: [] } } },
    );
    const session = testSession(client);
    session.ledger.intent('', `${TOKEN}x`, 'case');
    session.ledger.outcome('', `${TOKEN}x`, 'unknown');
    const r = await teardown(session, quick);
    expect(r).toMatchObject({ created: 0, deleted: 0, leaked: [], errors: [] });
    expect(client.calls.filter((c) => c.action === 'DeleteKeyPairs')).toEqual([]);
  });
});
