import type { EcsClient } from '../client/index.ts';
import { groupBy, mapLimit } from './pool.ts';
import { Ledger, liveRecords, readLedger, type LedgerRecord } from './ledger.ts';

/**
 * Teardown from the ledger: confirm what exists, delete it in batches of the API's
 * maximum (100), then check that nothing the run made remains. Only names in the ledger
 * are ever deleted; names whose import outcome is unknown are deleted only if they exist.
 */

// Requests in flight during teardown: its deletes and checks are independent of each other,
// and one at a time costs a round trip each against a distant target.
const TEARDOWN_CONCURRENCY = 8;

/** What teardown did, for the report's `resources` section. */
export interface TeardownResult {
  created: number;
  deleted: number;
  leaked: Array<{ region: string; name: string }>;
  requests: number;
  errors: string[];
}

function describeBody(ex: Awaited<ReturnType<EcsClient['call']>>): { total: number; names: string[] } | undefined {
  const body = ex.response?.body as
    { TotalCount?: number; KeyPairs?: { KeyPair?: Array<{ KeyPairName?: string }> } } | undefined;
  if (ex.response?.status !== 200 || typeof body?.TotalCount !== 'number') return undefined;
  return { total: body.TotalCount, names: (body.KeyPairs?.KeyPair ?? []).map((k) => k.KeyPairName ?? '') };
}

async function exists(client: EcsClient, r: LedgerRecord, counter: { n: number }): Promise<boolean | undefined> {
  counter.n++;
  const ex = await client.call('DescribeKeyPairs', { RegionId: r.region, KeyPairName: r.name, PageSize: '50' });
  const d = describeBody(ex);
  return d === undefined ? undefined : d.names.includes(r.name);
}

/** Deletes everything the ledger says this run may have created, and verifies it is gone. */
export function teardown(client: EcsClient, ledger: Ledger, batch = 100): Promise<TeardownResult> {
  const mine = readLedger(ledger.path).filter((r) => r.token === ledger.token);
  return cleanup(client, mine, (region, name, token) => new Ledger(ledger.path, token).deleted(region, name), batch);
}

/**
 * Deletes the live ones among `all` (records of one or more runs) and verifies they are
 * gone; `onDeleted` writes the deletion back to the ledger.
 */
export async function cleanup(
  client: EcsClient,
  all: readonly LedgerRecord[],
  onDeleted: (region: string, name: string, token: string) => void,
  batch = 100,
): Promise<TeardownResult> {
  const counter = { n: 0 };
  const errors: string[] = [];
  const created = all.filter((r) => r.state === 'created' || r.state === 'deleted').length;
  const toDelete: LedgerRecord[] = [];
  let confirmed = 0;
  const live = liveRecords(all);
  // The response was lost for those not 'created': the import may or may not have happened. A read decides.
  const there = await mapLimit(live, TEARDOWN_CONCURRENCY, (r) =>
    r.state === 'created' ? Promise.resolve(true) : exists(client, r, counter).catch(() => undefined),
  );
  live.forEach((r, i) => {
    if (there[i] !== false) toDelete.push(r);
    if (r.state !== 'created' && there[i] === true) confirmed++;
  });
  let deleted = 0;
  const chunks: Array<{ region: string; chunk: LedgerRecord[] }> = [];
  for (const [region, records] of groupBy(toDelete, (r) => r.region)) {
    for (let i = 0; i < records.length; i += batch) chunks.push({ region, chunk: records.slice(i, i + batch) });
  }
  const outcomes = await mapLimit(
    chunks,
    TEARDOWN_CONCURRENCY,
    async ({ region, chunk }): Promise<string | undefined> => {
      counter.n++;
      try {
        const ex = await client.call(
          'DeleteKeyPairs',
          { RegionId: region, KeyPairNames: JSON.stringify(chunk.map((r) => r.name)) },
          { idempotent: true },
        );
        if (ex.response?.status !== 200)
          return `DeleteKeyPairs in ${region} answered ${ex.response?.status ?? 'nothing'} ${String((ex.response?.body as { Code?: string } | undefined)?.Code ?? '')}`;
        for (const r of chunk) onDeleted(region, r.name, r.token);
        deleted += chunk.length;
        return undefined;
      } catch (e) {
        return `DeleteKeyPairs in ${region} failed: ${(e as Error).message}`;
      }
    },
  );
  for (const o of outcomes) if (o !== undefined) errors.push(o);
  const leaked = await verifyGone(client, toDelete, counter, errors);
  return { created: created + confirmed, deleted, leaked, requests: counter.n, errors };
}

// One wildcard query per region covers every name carrying the token; names too short
// to carry it are checked one by one.
async function verifyGone(
  client: EcsClient,
  records: LedgerRecord[],
  counter: { n: number },
  errors: string[],
): Promise<Array<{ region: string; name: string }>> {
  type Found = { leaked: Array<{ region: string; name: string }>; error?: string };
  const checks: Array<() => Promise<Found>> = [];
  for (const [key, recs] of groupBy(records, (r) => `${r.region} ${r.token}`)) {
    const [region = '', token = ''] = key.split(' ');
    if (recs.some((r) => r.name.includes(token))) {
      checks.push(async () => {
        counter.n++;
        const ex = await client
          .call('DescribeKeyPairs', { RegionId: region, KeyPairName: `*${token}*`, PageSize: '50' })
          .catch(() => undefined);
        const d = ex && describeBody(ex);
        if (!d) return { leaked: [], error: `could not verify cleanup in ${region}` };
        return { leaked: d.total > 0 ? d.names.map((name) => ({ region, name })) : [] };
      });
    }
    for (const r of recs.filter((x) => !x.name.includes(token))) {
      checks.push(async () =>
        (await exists(client, r, counter).catch(() => undefined)) !== false
          ? { leaked: [{ region, name: r.name }] }
          : { leaked: [] },
      );
    }
  }
  const found = await mapLimit(checks, TEARDOWN_CONCURRENCY, (check) => check());
  for (const f of found) if (f.error !== undefined) errors.push(f.error);
  return found.flatMap((f) => f.leaked);
}
