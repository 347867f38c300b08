/**
 * Provider-state setup through the API itself (ImportKeyPair), so a verification works
 * against the real cloud; against the reference emulator the test-control endpoints fill a
 * region and add resource groups, which the API cannot do quickly or at all. Everything a
 * state creates goes through custody first.
 */
import { request } from 'undici';
import type { EcsClient } from '../client/index.ts';
import { DEFAULT_KEY_SPEC, generateKey } from '../keys/index.ts';
import type { Custody } from './custody.ts';
import { fixedKey } from './fixed-vars.ts';
import type { ProviderState } from './provider-states.ts';

/** What state setup needs to know about the target. */
export interface StateEnv {
  client: EcsClient;
  custody: Custody;
  /** The reference emulator's origin when the target is one (control endpoints usable). */
  emulatorUrl: string | undefined;
  /** Whether filling a region to its quota is allowed on a target that is not the emulator. */
  quotaTest: boolean;
  region(contractRegion: string): string;
  resourceGroup(contractId: string): string;
}

/** A state kpc will not set up here; the message says what would allow it. */
export class StateRefused extends Error {}

function codeOf(ex: Awaited<ReturnType<EcsClient['call']>>): string {
  const b = ex.response?.body as { Code?: unknown } | undefined;
  return `${ex.response?.status ?? 'no answer'}${typeof b?.Code === 'string' ? ` ${b.Code}` : ''}`;
}

async function control(env: StateEnv, path: string, body: unknown): Promise<void> {
  const r = await request(`${env.emulatorUrl}/__kpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await r.body.text();
  if (r.statusCode !== 200) throw new Error(`POST /__kpc/${path} answered ${r.statusCode}: ${text}`);
}

/** Imports one key pair we own, or refuses when a key pair of that name exists and is not ours. */
async function importOwned(
  env: StateEnv,
  region: string,
  name: string,
  publicKey: string,
  source: string,
): Promise<void> {
  if (await env.custody.foreign(region, name))
    throw new StateRefused(
      `key pair ${name} already exists in ${region} and was not created by this verification; kpc will not touch it`,
    );
  env.custody.intent(region, name, source);
  const ex = await env.client
    .call('ImportKeyPair', { RegionId: region, KeyPairName: name, PublicKeyBody: publicKey })
    .catch((e: unknown) => {
      env.custody.outcome(region, name, undefined);
      throw e;
    });
  env.custody.outcome(region, name, ex.response?.status);
  if (ex.response?.status !== 200) throw new Error(`ImportKeyPair ${name} in ${region} answered ${codeOf(ex)}`);
}

/** How many key pairs a region holds now. */
async function countIn(env: StateEnv, region: string): Promise<number> {
  const ex = await env.client.call('DescribeKeyPairs', { RegionId: region, PageSize: '1' });
  const total = (ex.response?.body as { TotalCount?: unknown } | undefined)?.TotalCount;
  if (ex.response?.status !== 200 || typeof total !== 'number')
    throw new Error(`DescribeKeyPairs in ${region} answered ${codeOf(ex)}`);
  return total;
}

/** Fills `region` to `count` key pairs, each recorded before it is made. */
async function fill(env: StateEnv, region: string, count: number): Promise<void> {
  if (env.emulatorUrl === undefined && !env.quotaTest) {
    throw new StateRefused(
      `filling ${region} to ${count} key pairs needs --quota-test on a target that is not the reference emulator`,
    );
  }
  const need = count - (await countIn(env, region));
  const names = Array.from({ length: Math.max(0, need) }, (_, i) => `${env.custody.ledger.token}f${i}`);
  if (names.length === 0) return;
  if (env.emulatorUrl !== undefined) {
    for (const n of names) env.custody.intent(region, n, 'state: region full');
    const publicKey = fixedKey('ecdsa-nistp256').publicKey;
    let status: number | undefined = 200;
    try {
      await control(env, 'seed', { region, keyPairs: names.map((name) => ({ name, publicKey })) });
    } catch (e) {
      status = undefined; // all or nothing, but a failure leaves the names unknown: cleanup checks them
      throw e;
    } finally {
      for (const n of names) env.custody.outcome(region, n, status);
    }
    return;
  }
  // The real thing: fresh keys (one key under many names is undocumented), eight at a time.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const name = names[next++]!;
      const key = await generateKey(DEFAULT_KEY_SPEC);
      await importOwned(env, region, name, key.publicKey, 'state: region full');
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, names.length) }, worker));
}

/** Sets up one provider state on the target. */
export async function setUpState(s: ProviderState, env: StateEnv): Promise<void> {
  switch (s.kind) {
    case 'key-pair-exists':
      return importOwned(env, env.region(s.region), s.name, s.publicKey, `state: ${s.name} exists`);
    case 'region-full':
      return fill(env, env.region(s.region), s.count);
    case 'resource-group-exists': {
      const id = env.resourceGroup(s.id);
      if (env.emulatorUrl !== undefined) return control(env, 'resource-groups', { id });
      if (id === s.id)
        throw new StateRefused(
          `resource group ${s.id} stands for one of yours: pass --resource-group ID (the API cannot create one)`,
        );
      return;
    }
  }
}
