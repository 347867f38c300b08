/**
 * What exploration needs from a run, and the one way it sends requests: through the
 * run's client, with every import written to the run's ledger before it is sent (the
 * same Ledger and teardown as the suite), so nothing it creates is ever left unaccounted.
 */
import { isExchangeError, type EcsClient, type Exchange } from '../client/index.ts';
import { isKpcError } from '../errors.ts';
import type { Ledger } from '../runner/ledger.ts';
import type { Spec } from '../spec/types.ts';
import { ledgeredCall } from '../runner/ledgered-call.ts';

/** The run exploration works inside. */
export interface ExploreContext {
  client: EcsClient;
  ledger: Ledger;
  /** The run token; every name exploration makes carries it where the length allows. */
  token: string;
  region: string;
  secondRegion: string | undefined;
  spec: Spec;
  /** The run's name counter (shared with the cases, so names never repeat). */
  nextSerial: () => number;
  /** Fills names too short for the token. */
  random: () => number;
}

/** The token plus a fresh counter: the unique core of a name (as the runner makes it). */
export function uniqueCore(ctx: ExploreContext): string {
  return `${ctx.token}${ctx.nextSerial().toString(36)}`;
}

/** Sends one call through the ledger; undefined when the transport failed. */
export async function send(
  ctx: ExploreContext,
  label: string,
  action: string,
  params: Record<string, string>,
): Promise<Exchange | undefined> {
  try {
    return await ledgeredCall(ctx.client, ctx.ledger, label, action, params);
  } catch (e) {
    if (isExchangeError(e) || isKpcError(e)) return undefined;
    throw e;
  }
}
