import { describe, expect, test } from 'vitest';
import type { LoadedCase } from '../cases/load.ts';
import type { Step } from '../cases/types.ts';
import { runCase } from './case.ts';
import { scriptedClient, testSession, type Scripted } from './test-client.ts';

/** A case importing a batch of `count` key pairs, then deleting all of them in one call. */
function batchCase(count: number): LoadedCase {
  const remove: Step = {
    action: 'DeleteKeyPairs',
    params: { RegionId: '${region}', KeyPairNames: '${names}' },
    expect: { status: { match: 'equals', value: 200, rule: 'DEL-NAMES-MAX' } },
  };
  return {
    id: 'del-names-max/valid-boundary/batch',
    title: 'batch',
    rules: ['DEL-NAMES-MAX'],
    scenario: 'valid-boundary',
    polarity: 'positive',
    evidence: 'documented',
    vars: { n: { name: { prefix: 'db' } } },
    steps: [{ builtin: 'import-batch', region: '${region}', count, name: 'n', save: 'names' }, remove],
    file: 'test.yaml',
    suite: 'test',
    origin: 'hand-written',
  };
}

/** A target holding key pairs; `lose` decides which imports it carries out and then loses the answer of. */
function target(lose: (name: string, nth: number) => 'carried-out' | 'not-done' | undefined) {
  const held = new Set<string>();
  const tries = new Map<string, number>();
  const ok = (body: Record<string, unknown> = {}): Scripted => ({ status: 200, body: { RequestId: 'r', ...body } });
  const client = scriptedClient((action, p) => {
    if (action === 'DescribeKeyPairs') {
      const items = held.has(p.KeyPairName!) ? [{ KeyPairName: p.KeyPairName }] : [];
      return ok({ TotalCount: items.length, KeyPairs: { KeyPair: items } });
    }
    if (action === 'DeleteKeyPairs') {
      for (const n of JSON.parse(p.KeyPairNames!) as string[]) held.delete(n);
      return ok();
    }
    const name = p.KeyPairName!;
    const nth = (tries.get(name) ?? 0) + 1;
    tries.set(name, nth);
    if (held.has(name)) return { status: 400, body: { RequestId: 'r', Code: 'KeyPair.AlreadyExist' } };
    const fault = lose(name, nth);
    if (fault !== 'not-done') held.add(name);
    return fault === undefined ? ok({ KeyPairName: name }) : { failure: 'reset' };
  });
  return { client, held, tries };
}

const options = { concurrency: 4, caseRetries: 0 };

describe('the import-batch step', () => {
  test('imports every key pair with a fresh name and key, and saves the names as a JSON array', async () => {
    const t = target(() => undefined);
    const r = await runCase(batchCase(5), testSession(t.client), options);
    expect(r.status).toBe('passed');
    const deleted = JSON.parse(r.steps[1]!.request.params['KeyPairNames']!) as string[];
    expect(deleted).toHaveLength(5);
    expect(new Set(deleted).size).toBe(5);
    for (const n of deleted) expect(n).toMatch(/^dbkpcabcdefghij/);
    const keys = t.client.calls.filter((c) => c.action === 'ImportKeyPair').map((c) => c.params['PublicKeyBody']);
    expect(new Set(keys).size).toBe(5);
    expect(t.held.size).toBe(0);
  });

  test('a lost answer is looked up: found when the import was carried out, imported again when not', async () => {
    let n = 0;
    const fates = new Map<string, 'carried-out' | 'not-done'>();
    const t = target((name, nth) => {
      if (nth > 1) return undefined;
      if (!fates.has(name)) fates.set(name, n++ % 2 === 0 ? 'carried-out' : 'not-done');
      return fates.get(name);
    });
    const r = await runCase(batchCase(6), testSession(t.client), options);
    expect(r.status).toBe('passed');
    const again = [...t.tries].filter(([, k]) => k > 1).map(([name]) => name);
    expect(again.sort()).toEqual(
      [...fates]
        .filter(([, f]) => f === 'not-done')
        .map(([name]) => name)
        .sort(),
    );
    expect(t.held.size).toBe(0);
  });

  test('a target that never carries an import out leaves the attempt unclean, not failed', async () => {
    const t = target(() => 'not-done');
    const r = await runCase(batchCase(2), testSession(t.client), options);
    expect(r.status).toBe('inconclusive');
    expect(r.steps).toHaveLength(1);
  });

  test('a refusal is a mismatch of the step', async () => {
    const client = scriptedClient((action) =>
      action === 'ImportKeyPair'
        ? { status: 400, body: { RequestId: 'r', Code: 'InvalidParameter' } }
        : { status: 200 },
    );
    const r = await runCase(batchCase(2), testSession(client), options);
    expect(r.status).toBe('failed');
    expect(r.steps[0]!.mismatches[0]).toMatchObject({ expected: '200', actual: 400 });
  });
});
