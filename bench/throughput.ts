/**
 * Figure 2, emulator throughput: ImportKeyPair and DescribeKeyPairs requests a second
 * with signatures checked, against a bare node:http server answering a fixed JSON body,
 * both child processes on 127.0.0.1, driven by autocannon with the same connections and
 * the same pre-built requests.
 *
 * Every request is signed (V3) before the clock starts, each with its own nonce, because
 * the emulator refuses a reused nonce; autocannon hands them out one per request. Imports
 * get unique names, spread round-robin over the 26 regions so none reaches its quota of
 * 500 (so at most 13,000 a measurement), into a fresh emulator each time.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildWireRequest, DUMMY_CREDENTIALS, resolveTarget } from '../src/client/index.ts';
import { defaultSpec } from '../src/spec/load.ts';
import { emulatorFlags } from './kpc.ts';
import { startEmulatorChild, startServer, type Server } from './procs.ts';
import { figure, median, type Figure } from './stats.ts';

const CONNECTIONS = 10;
const BARE = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
// One fixed, valid key: the emulator allows one key under many names, and parsing it is part of the work.
const KEY =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPCH8PjJmbI3019SgmZWu5TT6nRx5NxW1Mt1R6+69JhfPnv8IKseHnznvJ4tHJt88d7JOgtHKxF/pA+o1fic0O8=';

type Call = { action: string; params: Record<string, string> };
type Built = { method: string; path: string; headers: Record<string, string>; body: string };

/** Signs `n` calls for `url`, each with a fresh nonce, in the form autocannon sends. */
function presign(url: string, n: number, call: (i: number) => Call): Built[] {
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
async function fire(url: string, reqs: Built[], expect: number): Promise<{ rps: number; ok: number; other: number }> {
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

async function withServer<T>(start: () => Promise<Server>, f: (s: Server) => Promise<T>): Promise<T> {
  const s = await start();
  try {
    return await f(s);
  } finally {
    await s.stop();
  }
}

const emulator = (): Promise<Server> => startEmulatorChild(emulatorFlags({ auth: true }));
const bare = (): Promise<Server> => startServer(['--import', 'tsx', BARE]);
const describeCall = (): Call => ({
  action: 'DescribeKeyPairs',
  params: { RegionId: 'cn-hangzhou', KeyPairName: 'kpcbench-seeded' },
});

/** Warms `url` up with signed DescribeKeyPairs, then fires `n` more; their requests a second. */
export async function fireDescribeLoad(url: string, n: number): Promise<number> {
  await fetch(`${url}/__kpc/seed`, {
    method: 'POST',
    body: JSON.stringify({ region: 'cn-hangzhou', keyPairs: [{ name: 'kpcbench-seeded', publicKey: KEY }] }),
  });
  await fire(url, presign(url, Math.min(1000, n), describeCall), 200);
  return (await fire(url, presign(url, n, describeCall), 200)).rps;
}

interface Sample {
  describe: { emu: number; bare: number; noAuth: number };
  import: { emu: number; bare: number };
  rejected: number;
}

async function once(n: number, regions: readonly string[], run: number): Promise<Sample> {
  const importCall = (i: number): Call => ({
    action: 'ImportKeyPair',
    params: { RegionId: regions[i % regions.length]!, KeyPairName: `kpcbench-${run}-${i}`, PublicKeyBody: KEY },
  });
  const warm = Math.min(1000, n);
  // Describe: one emulator, warmed up with the same kind of request; a key pair to find.
  const describe = await withServer(emulator, (s) => fireDescribeLoad(s.url, n));
  // The same without signature checks, to show what they cost.
  const noAuth = await withServer(
    () => startEmulatorChild(emulatorFlags({ auth: false })),
    (s) => fireDescribeLoad(s.url, n),
  );
  const describeBare = await withServer(bare, async (s) => {
    await fire(s.url, presign(s.url, warm, describeCall), 200);
    return fire(s.url, presign(s.url, n, describeCall), 200);
  });
  // Import: a fresh emulator (empty regions, no nonces), warmed up with describes only.
  const imports = await withServer(emulator, async (s) => {
    await fire(s.url, presign(s.url, warm, describeCall), 200);
    return fire(s.url, presign(s.url, n, importCall), 200);
  });
  const importBare = await withServer(bare, async (s) => {
    await fire(s.url, presign(s.url, warm, describeCall), 200);
    return fire(s.url, presign(s.url, n, importCall), 200);
  });
  return {
    describe: { emu: describe, bare: describeBare.rps, noAuth },
    import: { emu: imports.rps, bare: importBare.rps },
    rejected: imports.other,
  };
}

/** Measures emulator throughput against the bare server, `runs` times. */
export async function measureThroughput(runs: number, quick: boolean, log: (s: string) => void): Promise<Figure[]> {
  const regions = defaultSpec().regions;
  // Imports are bounded by the quota: 500 a region.
  const n = Math.min(quick ? 3000 : 10_000, regions.length * 500);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await once(n, regions, i);
    samples.push(s);
    log(
      `  run ${i + 1}/${runs}: describe ${Math.round(s.describe.emu)} vs ${Math.round(s.describe.bare)} req/s, import ${Math.round(s.import.emu)} vs ${Math.round(s.import.bare)} req/s${s.rejected > 0 ? `, ${s.rejected} not 200` : ''}`,
    );
  }
  const m = (f: (s: Sample) => number): number => Math.round(median(samples.map(f)));
  const common = `${n} signed requests each, ${CONNECTIONS} connections`;
  return [
    figure({
      id: 'throughput-import',
      title: 'Emulator throughput: ImportKeyPair',
      ratioOf: 'emulator requests/s (signatures checked) ÷ bare node:http requests/s',
      runs: samples.map((s) => s.import.emu / s.import.bare),
      goal: { op: '>=', bound: 0.5 },
      detail: {
        'emulator req/s': m((s) => s.import.emu),
        'bare req/s': m((s) => s.import.bare),
        load: common,
        'not 200': m((s) => s.rejected),
      },
    }),
    figure({
      id: 'throughput-describe',
      title: 'Emulator throughput: DescribeKeyPairs',
      ratioOf: 'emulator requests/s (signatures checked) ÷ bare node:http requests/s',
      runs: samples.map((s) => s.describe.emu / s.describe.bare),
      goal: { op: '>=', bound: 0.5 },
      detail: {
        'emulator req/s': m((s) => s.describe.emu),
        'bare req/s': m((s) => s.describe.bare),
        'emulator req/s, signatures not checked': m((s) => s.describe.noAuth),
        load: common,
      },
    }),
  ];
}
