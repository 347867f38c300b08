/**
 * `kpc pact verify`: Pact's Verifier against any target, on an engine session. A request
 * filter re-signs every replayed request for the target and ledgers what imports may create;
 * state handlers set preconditions up through the API (or the emulator's control endpoints);
 * after every interaction and at the end, the engine's teardown removes everything the
 * ledger holds, pass or fail.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { request } from 'undici';
import { createClient, credentialsFor, resolveTarget, type Credentials, type Target } from '../client/index.ts';
import { KpcError } from '../errors.ts';
import { Ledger, liveRecords, newRunToken, Session, teardown, type TeardownResult } from '../engine/index.ts';
import type { BrokerSource } from './broker.ts';
import { CONTRACT_REGION, CONTRACT_RESOURCE_GROUP, DEFAULT_PACT_FILE, PROVIDER } from './contract.ts';
import { readPact } from './pact-file.ts';
import { parsePactState, type ProviderState } from './provider-states.ts';
import { requestFilter, stateHandlers, type HookLog } from './proxy-hooks.ts';
import type { ResignOptions } from './resign.ts';
import { parseVerifierResults, type VerificationOutcome } from './results.ts';
import type { StateEnv } from './state-setup.ts';

/** How to verify. */
export interface VerifyOptions {
  /** The provider's origin. */
  target: string;
  /** The target's region: the contract's region (cn-hangzhou) stands for it. */
  region: string;
  /** Pact file or URL (default: the committed pact); ignored with a broker source. */
  pact?: string;
  /** An existing resource group the contract's stands for (required off the emulator when the pact needs one). */
  resourceGroup?: string;
  /** Allows filling a region to 500 key pairs (default: on for a loopback target, as kpc run). */
  quotaTest?: boolean;
  /** Where ledger.jsonl goes (for `kpc sweep` after a crash). */
  reportDir: string;
  logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** Fetch the pacts from a broker and publish the results there. */
  broker?: BrokerSource;
  credentials?: Credentials;
}

/** What a verification did. */
export interface VerifyReport {
  outcome: VerificationOutcome;
  /** Requests and states kpc refused because a key pair it did not create was in the way. */
  refusals: string[];
  /** States that could not be set up. */
  stateErrors: string[];
  cleanup: { deleted: number; leaked: Array<{ region: string; name: string }>; errors: string[] };
  ledgerPath: string;
  emulator: boolean;
}

/** The emulator's origin when `target` is the reference emulator (loopback and /__kpc/health answers). */
export async function probeEmulator(target: Target): Promise<string | undefined> {
  if (!target.loopback) return undefined;
  try {
    const r = await request(`${target.url.origin}/__kpc/health`, { headersTimeout: 5000, bodyTimeout: 5000 });
    const body = (await r.body.json().catch(() => undefined)) as { status?: unknown } | undefined;
    return r.statusCode === 200 && body?.status === 'ok' ? target.url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The states of a pact file; an unknown state is a configuration fault naming it. */
export function statesOf(file: string): ProviderState[] {
  const states: ProviderState[] = [];
  for (const i of readPact(file).interactions) {
    for (const ps of i.providerStates ?? []) {
      const s = parsePactState(ps.name, ps.params);
      if (!s)
        throw new KpcError(
          'KPC_CONFIG',
          `${file}: interaction "${i.description}" needs the provider state "${ps.name}", ` +
            'which kpc does not know how to set up',
        );
      states.push(s);
    }
  }
  return states;
}

/** Refuses up front what the target cannot or may not provide. */
function preflight(states: readonly ProviderState[], o: VerifyOptions, emulator: boolean, quotaTest: boolean): void {
  if (emulator) return;
  const full = states.find((s) => s.kind === 'region-full');
  if (full && !quotaTest) {
    throw new KpcError(
      'KPC_USAGE',
      `the pact needs "${full.region} holds ${full.count} key pairs": ` +
        `that fills ${o.region} to its quota on a real account; pass --quota-test to allow it`,
    );
  }
  if (states.some((s) => s.kind === 'resource-group-exists') && o.resourceGroup === undefined) {
    throw new KpcError(
      'KPC_USAGE',
      'the pact needs an existing resource group and the API cannot create one: pass --resource-group ID',
    );
  }
}

/** What the hooks of one verification share. */
interface Verification {
  session: Session;
  signing: ResignOptions;
  env: StateEnv;
  log: HookLog;
  cleanupErrors: string[];
}

function setUp(
  o: VerifyOptions,
  target: Target,
  credentials: Credentials,
  emulatorUrl: string | undefined,
  quotaTest: boolean,
): Verification {
  const client = createClient({ target, credentials });
  const ledger = new Ledger(join(o.reportDir, 'ledger.jsonl'), newRunToken());
  const session = new Session({ client, ledger, region: o.region });
  const regions = new Map([[CONTRACT_REGION, o.region]]);
  const resourceGroups = new Map(o.resourceGroup === undefined ? [] : [[CONTRACT_RESOURCE_GROUP, o.resourceGroup]]);
  const env: StateEnv = {
    session,
    emulatorUrl,
    quotaTest,
    region: (r) => regions.get(r) ?? r,
    resourceGroup: (id) => resourceGroups.get(id) ?? id,
  };
  const signing: ResignOptions = {
    host: target.host,
    credentials,
    now: () => new Date(),
    nonce: randomUUID,
    regions,
    resourceGroups,
  };
  return { session, signing, env, log: { refusals: [], stateErrors: [] }, cleanupErrors: [] };
}

/** Tears down: after each interaction only what may be there now; at the end, every name ever ledgered. */
async function cleanup(v: Verification, final = false): Promise<TeardownResult> {
  const records = final ? v.session.ledger.records() : liveRecords(v.session.ledger.records());
  const r = await teardown(v.session, {}, records).catch((e: unknown): TeardownResult => ({
    created: 0,
    deleted: 0,
    leaked: [],
    listedAfterDelete: [],
    requests: 0,
    errors: [`cleanup failed: ${(e as Error).message}`],
  }));
  v.cleanupErrors.push(...r.errors);
  return r;
}

/** Pact's Verifier with our hooks (a cleanup after each interaction); resolves with its outcome. */
async function runVerifier(
  o: VerifyOptions,
  pact: string,
  target: Target,
  v: Verification,
): Promise<{ outcome: VerificationOutcome }> {
  try {
    const verifier = new Verifier({
      provider: PROVIDER,
      providerBaseUrl: target.url.origin,
      ...(o.broker ? o.broker.verifierOptions : { pactUrls: [pact] }),
      logLevel: o.logLevel ?? 'warn',
      requestFilter: requestFilter(v.signing, v.session, v.log) as never,
      stateHandlers: stateHandlers(v.env, v.log) as never,
      afterEach: async () => void (await cleanup(v)),
      changeOrigin: true,
      timeout: 600_000,
    });
    return { outcome: parseVerifierResults(await verifier.verifyProvider()) };
  } catch (e) {
    return { outcome: parseVerifierResults((e as Error).message) };
  }
}

/** Runs the verification; resolves with the report whether it passed or not. */
export async function verifyPact(o: VerifyOptions): Promise<VerifyReport> {
  const target = resolveTarget({ url: o.target, region: o.region });
  const credentials = o.credentials ?? credentialsFor(target.loopback);
  const emulatorUrl = await probeEmulator(target);
  const pact = o.pact ?? DEFAULT_PACT_FILE;
  const quotaTest = o.quotaTest ?? target.loopback;
  if (!o.broker && !/^https?:/.test(pact)) preflight(statesOf(pact), o, emulatorUrl !== undefined, quotaTest);
  const v = setUp(o, target, credentials, emulatorUrl, quotaTest);
  try {
    const { outcome } = await runVerifier(o, pact, target, v);
    // Again at the end, also after a failure: the last interaction's key pairs, and any the hooks missed.
    const last = await cleanup(v, true);
    const { refusals, stateErrors } = v.log;
    // The last teardown looks at every name ever ledgered: its counts are the verification's.
    const report = { deleted: last.deleted, leaked: last.leaked, errors: v.cleanupErrors };
    return {
      outcome,
      refusals,
      stateErrors,
      cleanup: report,
      ledgerPath: v.session.ledger.path!,
      emulator: emulatorUrl !== undefined,
    };
  } finally {
    await v.session.client.close();
  }
}
