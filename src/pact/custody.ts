/**
 * What a verification created, and nothing else. Every key pair an interaction or a state
 * may create is written to the run's ledger before the request leaves (the runner's ledger,
 * so `kpc sweep` can finish the job after a crash), and deleted after each interaction and
 * again at the end. A name that already exists and is not ours is never touched: the
 * request is refused instead.
 */
import type { EcsClient } from '../client/index.ts';
import { Ledger, liveRecords, readLedger } from '../runner/ledger.ts';
import { teardown, type TeardownResult } from '../runner/teardown.ts';

/** The custody of one verification's key pairs. */
export interface Custody {
  readonly ledger: Ledger;
  /** True when the ledger says this verification may have created `name` in `region`. */
  owns(region: string, name: string): boolean;
  /** True when `name` exists in `region` and is not ours; false when absent or unknowable. */
  foreign(region: string, name: string): Promise<boolean>;
  /** Records, before the request leaves, that `name` may be created. */
  intent(region: string, name: string, source: string): void;
  /** Records how a create ended, from its HTTP status: 2xx created, 4xx not, anything else unknown. */
  outcome(region: string, name: string, status: number | undefined): void;
  /** Deletes everything live in the ledger and checks it is gone. */
  cleanup(): Promise<TeardownResult>;
}

/** Whether a status says a create happened; a lost or 5xx answer leaves it unknown. */
export function createdBy(status: number | undefined): boolean | 'unknown' {
  if (status === undefined) return 'unknown';
  if (status >= 200 && status < 300) return true;
  return status >= 400 && status < 500 ? false : 'unknown';
}

/** Custody backed by the ledger at `path`, under the run token `token`. */
export function createCustody(client: EcsClient, path: string, token: string): Custody {
  const ledger = new Ledger(path, token);
  const owns = (region: string, name: string): boolean =>
    liveRecords(readLedger(path).filter((r) => r.token === token)).some((r) => r.region === region && r.name === name);
  return {
    ledger,
    owns,
    async foreign(region, name) {
      if (owns(region, name)) return false;
      // A wildcard in a name widens the listing; the exact name is looked for in what comes back.
      const ex = await client
        .call('DescribeKeyPairs', { RegionId: region, KeyPairName: name, PageSize: '50' })
        .catch(() => undefined);
      const body =
        ex?.response?.status === 200
          ? (ex.response.body as { KeyPairs?: { KeyPair?: Array<{ KeyPairName?: string }> } } | undefined)
          : undefined;
      return (body?.KeyPairs?.KeyPair ?? []).some((k) => k.KeyPairName === name);
    },
    intent: (region, name, source) => ledger.intent(region, name, source),
    outcome: (region, name, status) => ledger.outcome(region, name, createdBy(status)),
    cleanup: () => teardown(client, ledger),
  };
}
