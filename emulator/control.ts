/**
 * Test control under /__kpc/ (loopback only; no signature): reset, seed key pairs
 * (also "foreign" ones standing for a user's own keys), add resource groups, read state,
 * set the security token requests must carry. For Pact provider states and tests; never
 * part of the emulated API.
 */
import { DEFAULT_KEY_SPEC, generateKey } from '../src/keys/index.ts';
import type { RawHttpRequest } from '../src/sign/index.ts';
import type { Spec } from '../src/spec/types.ts';
import type { Behaviour } from './core/behaviour.ts';
import { JSON_CONTENT_TYPE } from './core/responses.ts';
import { addKeyPair, addResourceGroup, keyPairCount, nonceCount, regionOf, resetState } from './core/state.ts';
import type { CoreResponse, EmulatorState, KeyPairRecord, Tag } from './core/types.ts';

/** The path prefix of control requests. */
export const CONTROL_PREFIX = '/__kpc/';

/** What control needs from the emulator that owns the state. */
export interface ControlHost {
  state(): EmulatorState;
  /** Applies `change` to the current state and persists it; resolves with its value once durable. */
  update<T>(change: (s: EmulatorState) => { state: EmulatorState; value: T }): Promise<T>;
  /** Sets (or, with undefined, clears) the security token every API request must carry. */
  setSecurityToken(token: string | undefined): void;
  /** Whether a security token is required now. */
  securityTokenRequired(): boolean;
  spec: Spec;
  behaviour: Behaviour;
  resourceGroups: readonly string[];
  now(): Date;
}

/** One key pair to seed; a key is generated when publicKey is absent. */
export interface SeedKeyPair {
  name: string;
  publicKey?: string;
  foreign?: boolean;
  tags?: Array<{ key: string; value?: string }>;
  resourceGroupId?: string;
}

type Reply = { status: number; body: unknown };
const reply = (status: number, body: unknown): Reply => ({ status, body });
const problem = (status: number, error: string): Reply => reply(status, { error });

function readJson(raw: RawHttpRequest): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  const text = new TextDecoder().decode(raw.body).trim();
  if (text === '') return { ok: true, value: {} };
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'object' && v !== null && !Array.isArray(v))
      return { ok: true, value: v as Record<string, unknown> };
    return { ok: false, error: 'the body must be a JSON object' };
  } catch (e) {
    return { ok: false, error: `the body is not JSON: ${(e as Error).message}` };
  }
}

/** Answers a control request. */
export async function handleControl(host: ControlHost, raw: RawHttpRequest): Promise<CoreResponse> {
  const r = await route(host, raw);
  return { status: r.status, headers: { 'content-type': JSON_CONTENT_TYPE }, body: JSON.stringify(r.body) };
}

async function route(host: ControlHost, raw: RawHttpRequest): Promise<Reply> {
  const path = raw.url.split('?', 1)[0] ?? '';
  const route = `${raw.method.toUpperCase()} ${path}`;
  if (route === 'GET /__kpc/health') {
    const s = host.state();
    return reply(200, { status: 'ok', keyPairs: keyPairCount(s), securityTokenRequired: host.securityTokenRequired() });
  }
  if (route === 'GET /__kpc/state') {
    const s = host.state();
    return reply(200, { regions: s.regions, resourceGroups: s.resourceGroups, nonces: nonceCount(s.nonces) });
  }
  const json = readJson(raw);
  if (!json.ok) return problem(400, json.error);
  const body = json.value;
  switch (route) {
    case 'POST /__kpc/reset': {
      const region = body['region'];
      if (region !== undefined && typeof region !== 'string') return problem(400, '"region" must be a string');
      await host.update((s) => ({ state: resetState(s, host.resourceGroups, region), value: undefined }));
      return reply(200, { reset: region ?? 'all' });
    }
    case 'POST /__kpc/resource-groups': {
      const id = body['id'];
      if (typeof id !== 'string' || id === '') return problem(400, '"id" must be a non-empty string');
      const groups = await host.update((s) => {
        const state = addResourceGroup(s, id);
        return { state, value: state.resourceGroups };
      });
      return reply(200, { resourceGroups: groups });
    }
    case 'POST /__kpc/seed':
      return seed(host, body);
    case 'PUT /__kpc/security-token':
      return securityToken(host, body);
    default:
      return problem(404, `no control endpoint ${route}; try ${ENDPOINTS}`);
  }
}

const ENDPOINTS = [
  'GET /__kpc/health',
  'GET /__kpc/state',
  'POST /__kpc/reset',
  'POST /__kpc/seed',
  'POST /__kpc/resource-groups',
  'PUT /__kpc/security-token',
].join(', ');

/** `{"token": "..."}` requires that token from now on; `{"token": null}` stops requiring one. */
function securityToken(host: ControlHost, body: Record<string, unknown>): Reply {
  const token = body['token'];
  if (token !== null && (typeof token !== 'string' || token === ''))
    return problem(400, '"token" must be a non-empty string, or null to require none');
  host.setSecurityToken(token ?? undefined);
  return reply(200, { securityTokenRequired: host.securityTokenRequired() });
}

async function seed(host: ControlHost, body: Record<string, unknown>): Promise<Reply> {
  const region = body['region'];
  const list = body['keyPairs'];
  if (typeof region !== 'string' || !host.behaviour.regionKnown(host.spec, region))
    return problem(400, '"region" must name a region of the service');
  if (!Array.isArray(list)) return problem(400, '"keyPairs" must be a list');
  const prepared: Array<{ record: KeyPairRecord; privateKeyPem?: string }> = [];
  for (const [i, item] of (list as unknown[]).entries()) {
    const p = await prepare(host, item, `keyPairs[${i}]`);
    if (typeof p === 'string') return problem(400, p);
    prepared.push(p);
  }
  // Checked and applied in one step against the state as it is then (imports may have run meanwhile).
  const conflict = await host.update((s) => applySeed(host.behaviour, s, region, prepared));
  if (conflict !== undefined) return problem(409, conflict);
  return reply(200, {
    region,
    keyPairs: prepared.map(({ record, privateKeyPem }) => ({
      name: record.name,
      fingerprint: record.fingerprint,
      publicKey: record.publicKey,
      ...(privateKeyPem ? { privateKeyPem } : {}),
    })),
  });
}

function applySeed(
  b: Behaviour,
  state: EmulatorState,
  region: string,
  prepared: ReadonlyArray<{ record: KeyPairRecord }>,
): { state: EmulatorState; value: string | undefined } {
  let next = state;
  for (const { record } of prepared) {
    if (regionOf(next, region).keyPairs.some((k) => b.nameKey(k.name) === b.nameKey(record.name)))
      return { state, value: `a key pair named ${record.name} already exists in ${region}` };
    if (record.resourceGroupId !== '') next = addResourceGroup(next, record.resourceGroupId);
    next = addKeyPair(next, region, record);
  }
  return { state: next, value: undefined };
}

async function prepare(
  host: ControlHost,
  item: unknown,
  where: string,
): Promise<{ record: KeyPairRecord; privateKeyPem?: string } | string> {
  if (typeof item !== 'object' || item === null) return `${where} must be an object`;
  const s = item as Partial<Record<keyof SeedKeyPair, unknown>>;
  if (typeof s.name !== 'string' || s.name === '') return `${where}.name must be a non-empty string`;
  if (s.publicKey !== undefined && typeof s.publicKey !== 'string') return `${where}.publicKey must be a string`;
  if (s.resourceGroupId !== undefined && typeof s.resourceGroupId !== 'string')
    return `${where}.resourceGroupId must be a string`;
  const tags = readSeedTags(s.tags);
  if (tags === undefined) return `${where}.tags must be a list of {key, value}`;
  let publicKey = s.publicKey;
  let privateKeyPem: string | undefined;
  if (publicKey === undefined) {
    const generated = await generateKey(DEFAULT_KEY_SPEC);
    publicKey = generated.publicKey;
    privateKeyPem = generated.privateKeyPem;
  }
  const parsed = host.behaviour.parseBody(publicKey);
  if (!parsed.ok) return `${where}.publicKey is not a public key: ${parsed.reason}`;
  const record: KeyPairRecord = {
    name: s.name,
    fingerprint: host.behaviour.fingerprint(parsed.key.blob),
    publicKey: host.behaviour.storedPublicKey(publicKey),
    creationTime: host.behaviour.creationTime(host.now()),
    resourceGroupId: s.resourceGroupId ?? '',
    tags,
    ...(s.foreign === true ? { foreign: true } : {}),
  };
  return privateKeyPem === undefined ? { record } : { record, privateKeyPem };
}

function readSeedTags(v: unknown): Tag[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: Tag[] = [];
  for (const t of v as unknown[]) {
    if (typeof t !== 'object' || t === null) return undefined;
    const { key, value } = t as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || (value !== undefined && typeof value !== 'string')) return undefined;
    out.push({ TagKey: key, TagValue: value ?? '' });
  }
  return out;
}
