/**
 * The throughput loads: signed DescribeKeyPairs and ImportKeyPair requests built before
 * the clock starts, and one function that fires a list of them with autocannon. The
 * throughput figure, its profile and the Prism peer all send exactly these requests.
 *
 * Every request is signed (V3) with its own nonce, because the emulator refuses a reused
 * nonce; autocannon hands them out one per request.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { buildWireRequest, DUMMY_CREDENTIALS, resolveTarget } from '../src/client/index.ts';

/** Sockets every load uses, for every server alike. */
export const CONNECTIONS = 10;

// One fixed, valid key: the emulator allows one key under many names, and parsing it is part of the work.
export const KEY =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPCH8PjJmbI3019SgmZWu5TT6nRx5Nx' +
  'W1Mt1R6+69JhfPnv8IKseHnznvJ4tHJt88d7JOgtHKxF/pA+o1fic0O8=';

/** The key pair the describe load finds (seeded into the emulator before it is measured). */
export const SEEDED_NAME = 'kpcbench-seeded';

/** One API call to sign. */
export interface Call {
  action: string;
  params: Record<string, string>;
}

/** A signed request in the form autocannon sends. */
export interface Built {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What one firing measured: requests a second with the expected status, and the rest. */
export interface Fired {
  rps: number;
  ok: number;
  other: number;
}

/** The describe load's call: one region, a name filter that finds the seeded key pair. */
export const describeCall = (): Call => ({
  action: 'DescribeKeyPairs',
  params: { RegionId: 'cn-hangzhou', KeyPairName: SEEDED_NAME },
});

/** The import load's calls: unique names (`tag` keeps loads apart), round-robin over `regions`. */
export function importCall(regions: readonly string[], tag: string): (i: number) => Call {
  return (i) => ({
    action: 'ImportKeyPair',
    params: { RegionId: regions[i % regions.length]!, KeyPairName: `kpcbench-${tag}-${i}`, PublicKeyBody: KEY },
  });
}

/** Signs `n` calls for `url`, each with a fresh nonce, in the form autocannon sends. */
export function presign(url: string, n: number, call: (i: number) => Call): Built[] {
  const target = resolveTarget({ url, region: 'cn-hangzhou' });
  const options = {
    target,
    credentials: DUMMY_CREDENTIALS,
    signature: 'v3' as const,
    v1Method: 'GET' as const,
    version: '2014-05-26',
  };
  const date = new Date();
  return Array.from({ length: n }, (_, i) => {
    const w = buildWireRequest(call(i), options, { date, nonce: randomUUID() });
    const u = new URL(w.url);
    return { method: w.method, path: `${u.pathname}${u.search}`, headers: w.headers, body: w.body };
  });
}

/** Fires `reqs` (each once) at `url` over CONNECTIONS sockets; requests a second, counting only the expected status. */
export async function fire(url: string, reqs: Built[], expect = 200): Promise<Fired> {
  let next = 0;
  // autocannon builds one request ahead per socket at start; keep spares so none repeats a nonce.
  const amount = reqs.length - 2 * CONNECTIONS;
  const started = performance.now();
  let last = started;
  let ok = 0;
  let other = 0;
  const tracker = autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 30,
    requests: [{ setupRequest: (req) => ({ ...req, ...reqs[Math.min(next++, reqs.length - 1)]! }) }],
  });
  // autocannon reports only at whole sampling ticks; time the last answer here instead.
  tracker.on('response', (_client, status) => {
    last = performance.now();
    if (status === expect) ok++;
    else other++;
  });
  const r = await tracker;
  return { rps: ok / ((last - started) / 1000), ok, other: other + r.errors };
}

/** Stores the key pair the describe load finds, through the emulator's control API. */
export async function seedDescribeTarget(url: string): Promise<void> {
  const res = await fetch(`${url}/__kpc/seed`, {
    method: 'POST',
    body: JSON.stringify({ region: 'cn-hangzhou', keyPairs: [{ name: SEEDED_NAME, publicKey: KEY }] }),
  });
  if (!res.ok) throw new Error(`seeding ${url} failed: ${res.status} ${await res.text()}`);
}

/** Empties every region of the emulator at `url` (nonces are kept), so imports start from the same state. */
export async function resetEmulator(url: string): Promise<void> {
  const res = await fetch(`${url}/__kpc/reset`, { method: 'POST', body: '{}' });
  if (!res.ok) throw new Error(`resetting ${url} failed: ${res.status} ${await res.text()}`);
}
