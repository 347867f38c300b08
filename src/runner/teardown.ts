import type { EcsClient } from '../client/index.ts';
import { groupBy } from './pool.ts';
import { Ledger, liveRecords, readLedger, type LedgerRecord } from './ledger.ts';

/**
 * Teardown from the ledger: confirm what exists, delete it in batches of the API's
 * maximum (100), then check that nothing the run made remains. Only names in the ledger
 * are ever deleted; names whose import outcome is unknown are deleted only if they exist.
 */

/** What teardown did, for the report's `resources` section. */
export interface TeardownResult {
  created: number;
  deleted: number;
  leaked: Array<{ region: string; name: string }>;
  requests: number;
  errors: string[];
}

function describeBody(ex: Awaited<ReturnType<EcsClient['call']>>): { total: number; names: string[] } | undefined {
  const body = ex.response?.body as { TotalCount?: number; KeyPairs?: { KeyPair?: Array<{ KeyPairName?: string }> } } | undefined;
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
export async function cleanup(client: EcsClient, all: readonly LedgerRecord[], onDeleted: (region: string, name: string, token: string) => void, batch = 100): Promise<TeardownResult> {
  const counter = { n: 0 };
  const errors: string[] = [];
  const created = all.filter((r) => r.state === 'created' || r.state === 'deleted').length;
  const toDelete: LedgerRecord[] = [];
  let confirmed = 0;
  for (const r of liveRecords(all)) {
    if (r.state === 'created') toDelete.push(r);
    else {
      // The response was lost: the import may or may not have happened. A read decides.
      const there = await exists(client, r, counter).catch(() => undefined);
      if (there !== false) toDelete.push(r);
      if (there === true) confirmed++;
    }
  }
  let deleted = 0;
  const byRegion = groupBy(toDelete, (r) => r.region);
  for (const [region, records] of byRegion) {
    for (let i = 0; i < records.length; i += batch) {
      const chunk = records.slice(i, i + batch);
      counter.n++;
      try {
        const ex = await client.call('DeleteKeyPairs', { RegionId: region, KeyPairNames: JSON.stringify(chunk.map((r) => r.name)) }, { idempotent: true });
        if (ex.response?.status === 200) {
          for (const r of chunk) onDeleted(region, r.name, r.token);
          deleted += chunk.length;
        } else errors.push(`DeleteKeyPairs in ${region} answered ${ex.response?.status ?? 'nothing'} ${String((ex.response?.body as { Code?: string } | undefined)?.Code ?? '')}`);
      } catch (e) {
        errors.push(`DeleteKeyPairs in ${region} failed: ${(e as Error).message}`);
      }
    }
  }
  const leaked = await verifyGone(client, toDelete, counter, errors);
  return { created: created + confirmed, deleted, leaked, requests: counter.n, errors };
}

// One wildcard query per region covers every name carrying the token; names too short
// to carry it are checked one by one.
async function verifyGone(client: EcsClient, records: LedgerRecord[], counter: { n: number }, errors: string[]): Promise<Array<{ region: string; name: string }>> {
  const leaked: Array<{ region: string; name: string }> = [];
  for (const [key, recs] of groupBy(records, (r) => `${r.region} ${r.token}`)) {
    const [region = '', token = ''] = key.split(' ');
    if (recs.some((r) => r.name.includes(token))) {
      counter.n++;
      const ex = await client.call('DescribeKeyPairs', { RegionId: region, KeyPairName: `*${token}*`, PageSize: '50' }).catch(() => undefined);
      const d = ex && describeBody(ex);
      if (!d) errors.push(`could not verify cleanup in ${region}`);
      else if (d.total > 0) for (const n of d.names) leaked.push({ region, name: n });
    }
    for (const r of recs.filter((x) => !x.name.includes(token))) {
      const still = await exists(client, r, counter).catch(() => undefined);
      if (still !== false) leaked.push({ region, name: r.name });
    }
  }
  return leaked;
}
