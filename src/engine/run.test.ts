import { describe, expect, test } from 'vitest';
import type { LoadedCase } from '../cases/load.ts';
import type { EngineEvent } from './events.ts';
import { Ledger } from './ledger.ts';
import { runEngine, type EngineOptions } from './run.ts';
import { scriptedClient, type Scripted } from './test-client.ts';

/** A one-step case importing a fresh name, expecting 200. */
function importCase(id: string, exclusive = false): LoadedCase {
  return {
    id,
    title: id,
    rules: ['IKP-NAME-LENGTH'],
    scenario: 'valid-class',
    polarity: 'positive',
    evidence: 'documented',
    ...(exclusive ? { exclusive: true } : {}),
    vars: { name: { name: {} }, key: { key: 'ecdsa-nistp256' } },
    steps: [
      {
        action: 'ImportKeyPair',
        params: { RegionId: '${region}', KeyPairName: '${name}', PublicKeyBody: '${key}' },
        expect: { status: 200 },
      },
    ],
    file: 'test.yaml',
    suite: 'test',
    origin: 'hand-written',
  };
}

const OK: Scripted = { status: 200, body: { RequestId: 'r', TotalCount: 0, KeyPairs: { KeyPair: [] } } };

function options(
  script: (action: string, params: Record<string, string>) => Scripted | Promise<Scripted>,
  over: Partial<EngineOptions> = {},
) {
  const events: EngineEvent[] = [];
  const client = scriptedClient(script);
  const o: EngineOptions = {
    client,
    ledger: new Ledger(undefined, 'kpcabcdefghij'),
    region: 'cn-hangzhou',
    target: 'http://127.0.0.1:1',
    listeners: [(e) => void events.push(e)],
    teardown: { backoff: async () => {} },
    ...over,
  };
  return { o, events, client };
}

const starts = (events: EngineEvent[]) => events.flatMap((e) => (e.type === 'case-start' ? [e.case.id] : []));
const ends = (events: EngineEvent[]) => events.flatMap((e) => (e.type === 'case-end' ? [e.result.id] : []));

describe('runEngine', () => {
  test('reports run start first, then cases, teardown and run end, in order', async () => {
    const { o, events } = options(() => OK);
    const r = await runEngine([importCase('a'), importCase('b')], o);
    expect(r.results.map((x) => x.status)).toEqual(['passed', 'passed']);
    const types = events.map((e) => e.type).filter((t) => t !== 'exchange');
    expect(types[0]).toBe('run-start');
    expect(types.slice(-2)).toEqual(['teardown', 'run-end']);
    expect(events.filter((e) => e.type === 'exchange').length).toBeGreaterThan(2);
  });

  test('runs shared cases, then the interlude, then exclusive cases one at a time', async () => {
    let inFlight = 0;
    let exclusiveOverlap = false;
    const { o, events } = options(async (action, p) => {
      const exclusive = p.KeyPairName?.startsWith('x') ?? false;
      if (action === 'ImportKeyPair' && exclusive && inFlight > 0) exclusiveOverlap = true;
      inFlight++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return OK;
    });
    let endedBeforeInterlude: string[] = [];
    const cases = [importCase('x1', true), importCase('s1'), importCase('s2'), importCase('x2', true)];
    const withPrefix = cases.map((c) =>
      c.exclusive ? { ...c, vars: { ...c.vars, name: { name: { prefix: 'x' } } } } : c,
    );
    await runEngine(withPrefix, { ...o, interlude: async () => ((endedBeforeInterlude = ends(events)), []) });
    expect(endedBeforeInterlude.sort()).toEqual(['s1', 's2']);
    expect(ends(events).slice(-2)).toEqual(['x1', 'x2']);
    expect(exclusiveOverlap).toBe(false);
  });

  test('runs a case again from scratch after an infrastructure answer, and keeps the discarded attempt', async () => {
    const names: string[] = [];
    const { o, events } = options((action, p) => {
      if (action !== 'ImportKeyPair') return OK;
      names.push(p.KeyPairName!);
      return names.length === 1 ? { status: 500, body: { Code: 'InternalError', RequestId: 'r' } } : OK;
    });
    const [r] = (await runEngine([importCase('c')], o)).results;
    expect(r).toMatchObject({ status: 'passed', attempt: 2 });
    expect(r!.discarded).toMatchObject([{ attempt: 1, reason: 'target answered 500 InternalError' }]);
    expect(names[0]).not.toBe(names[1]); // fresh variables
    expect(starts(events)).toEqual(['c', 'c']);
  });

  test('before it runs again, a case deletes what its lost attempt may have created', async () => {
    const stored = new Set<string>();
    const { o, client } = options((action, p) => {
      if (action === 'ImportKeyPair') {
        stored.add(p.KeyPairName!);
        // The first import is carried out, and its answer lost.
        return stored.size === 1 ? { status: 500, body: { Code: 'InternalError', RequestId: 'r' } } : OK;
      }
      if (action === 'DeleteKeyPairs') for (const n of JSON.parse(p.KeyPairNames!) as string[]) stored.delete(n);
      if (action !== 'DescribeKeyPairs') return OK;
      const listed = [...stored].filter((n) => n === p.KeyPairName || p.KeyPairName?.endsWith('*'));
      const items = listed.map((KeyPairName) => ({ KeyPairName }));
      return { status: 200, body: { RequestId: 'r', TotalCount: items.length, KeyPairs: { KeyPair: items } } };
    });
    const [r] = (await runEngine([importCase('c')], { ...o, teardown: false })).results;
    const first = client.calls.find((c) => c.action === 'ImportKeyPair')!.params.KeyPairName;
    const deletedBeforeRetry = client.calls.findIndex((c) => c.action === 'DeleteKeyPairs');
    const secondImport = client.calls.findLastIndex((c) => c.action === 'ImportKeyPair');
    expect(deletedBeforeRetry).toBeGreaterThan(-1);
    expect(deletedBeforeRetry).toBeLessThan(secondImport);
    expect(stored.has(first!)).toBe(false);
    expect(r!.discarded?.[0]?.cleared).toMatch(/^1 key pair\(s\) of the attempt deleted, 0 still listed$/);
  });

  test('a case without a clean attempt in 1 + caseRetries tries is inconclusive', async () => {
    const { o } = options((action) => (action === 'ImportKeyPair' ? { failure: 'reset' } : OK));
    const [r] = (await runEngine([importCase('c')], { ...o, caseRetries: 1 })).results;
    expect(r).toMatchObject({ status: 'inconclusive', attempt: 2 });
    expect(r!.reason).toMatch(/^no clean attempt in 2: target answered no answer/);
    expect(r!.discarded).toHaveLength(1);
  });

  test('cancellation stops new cases, marks them not run, and still tears down', async () => {
    const controller = new AbortController();
    const { o, events } = options((action) => {
      if (action === 'ImportKeyPair') controller.abort();
      return OK;
    });
    const cases = [importCase('first'), importCase('later', true)];
    const r = await runEngine(cases, { ...o, concurrency: 1, signal: controller.signal });
    expect(r.interrupted).toBe(true);
    expect(r.results[1]).toMatchObject({ status: 'inconclusive', reason: 'did not run (the run was interrupted)' });
    expect(events.some((e) => e.type === 'teardown')).toBe(true);
  });

  test('a failing preflight ends the run before it starts', async () => {
    const { o, events, client } = options(() => OK);
    const before = async () => {
      throw new Error('not an ECS endpoint');
    };
    await expect(runEngine([importCase('a')], { ...o, before })).rejects.toThrow('not an ECS endpoint');
    expect(events).toEqual([]);
    expect(client.calls).toEqual([]);
  });
});
