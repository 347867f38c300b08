import type { EcsClient, Exchange } from '../client/index.ts';
import type { Ledger } from './ledger.ts';

/**
 * One API call that keeps the ledger: the intent is written before an import is sent,
 * its outcome after (unknown when the answer was lost), and the names of a successful
 * delete after it. Every path that may create key pairs goes through here, so teardown
 * and `kpc sweep` can find everything. Transport faults are rethrown for the caller to
 * judge (a case: inconclusive; exploration: skip the run).
 */
export async function ledgeredCall(
  client: EcsClient,
  ledger: Ledger,
  label: string,
  action: string,
  params: Record<string, string>,
): Promise<Exchange> {
  const isImport = action === 'ImportKeyPair' && params.KeyPairName !== undefined && params.RegionId !== undefined;
  if (isImport) ledger.intent(params.RegionId!, params.KeyPairName!, label);
  let ex: Exchange;
  try {
    ex = await client.call(action, params);
  } catch (e) {
    if (isImport) ledger.outcome(params.RegionId!, params.KeyPairName!, 'unknown');
    throw e;
  }
  if (isImport) ledger.outcome(params.RegionId!, params.KeyPairName!, ex.response?.status === 200);
  if (action === 'DeleteKeyPairs' && ex.response?.status === 200 && params.RegionId && params.KeyPairNames) {
    try {
      for (const n of JSON.parse(params.KeyPairNames) as unknown[])
        if (typeof n === 'string') ledger.deleted(params.RegionId, n);
    } catch {
      // Not a JSON array: the target accepted something a faithful one refuses; nothing was deleted that we know of.
    }
  }
  return ex;
}
