/**
 * Figure 2, emulator throughput: ImportKeyPair and DescribeKeyPairs requests a second with
 * signatures checked, against a bare node:http server answering a fixed JSON body, and
 * DescribeKeyPairs against Prism mocking the call from an OpenAPI description. All are
 * child processes on 127.0.0.1, driven by autocannon with the same connections and the
 * same kind of pre-signed requests (bench/load.ts).
 *
 * Steadiness on a shared machine: every server of an iteration is started once and warmed
 * up, then measured in short rounds interleaved with the others (the order rotating each
 * round), so a slow spell of the machine hits all of them alike; each server's figure is
 * the median of its rounds. Imports go into an emptied emulator each round (the control
 * API's reset; nonces are kept), spread round-robin over the 26 regions, far from quota.
 */
import { fileURLToPath } from 'node:url';
import { defaultSpec } from '../src/spec/load.ts';
import { emulatorFlags } from './kpc.ts';
import {
  CONNECTIONS,
  describeCall,
  fire,
  importCall,
  presign,
  resetEmulator,
  seedDescribeTarget,
  type Call,
} from './load.ts';
import { PRISM_VERSION, startPrism } from './prism.ts';
import { startEmulatorChild, startServer, type Server } from './procs.ts';
import { figure, median, type Figure } from './stats.ts';

const BARE = fileURLToPath(new URL('./bare-server.ts', import.meta.url));

/** How much load: requests a round (Prism's own, it is slower), warm-up requests, rounds. */
interface Load {
  requests: number;
  prismRequests: number;
  warmUp: number;
  rounds: number;
}

// The emulator's code paths reach their steady speed after some 5,000 describes and 7,000
// imports (V8 optimises the whole request path only then): warm every server past that,
// in a quick run too, or it measures an emulator still being compiled (it did, at 4,000).
const FULL: Load = { requests: 5000, prismRequests: 1500, warmUp: 10_000, rounds: 5 };
const QUICK: Load = { requests: 2000, prismRequests: 600, warmUp: 10_000, rounds: 3 };
/** Imports a region set can take before the quota: warm-up imports go in chunks, emptied between. */
const IMPORT_CHUNK = 5000;

/** Warms `url` up with signed DescribeKeyPairs (as the figure does), then fires `n` more; their requests a second. */
export async function fireDescribeLoad(url: string, n: number): Promise<number> {
  await seedDescribeTarget(url);
  await fire(url, presign(url, FULL.warmUp, describeCall));
  return (await fire(url, presign(url, n, describeCall))).rps;
}

/** The servers of one iteration. */
interface Servers {
  emulator: Server;
  noAuth: Server;
  importer: Server;
  bare: Server;
  prism: Server;
  prismQuiet: Server;
}

type Series = 'describe' | 'describeBare' | 'describeNoAuth' | 'prism' | 'prismQuiet' | 'import' | 'importBare';

/** Requests a second of every round, by series; and the answers that were not 200. */
interface Sample {
  rounds: Record<Series, number[]>;
  rejected: number;
}

async function startAll(): Promise<Servers> {
  const started: Server[] = [];
  const track = async (s: Promise<Server>): Promise<Server> => (started.push(await s), started.at(-1)!);
  try {
    return {
      emulator: await track(startEmulatorChild(emulatorFlags({ auth: true }))),
      noAuth: await track(startEmulatorChild(emulatorFlags({ auth: false }))),
      importer: await track(startEmulatorChild(emulatorFlags({ auth: true }))),
      bare: await track(startServer(['--import', 'tsx', BARE])),
      prism: await track(startPrism('info')),
      prismQuiet: await track(startPrism('warn')),
    };
  } catch (e) {
    await Promise.all(started.map((s) => s.stop()));
    throw e;
  }
}

const stopAll = (s: Servers): Promise<unknown> => Promise.all(Object.values(s).map((x: Server) => x.stop()));

async function warmUp(s: Servers, load: Load, regions: readonly string[]): Promise<void> {
  await seedDescribeTarget(s.emulator.url);
  await seedDescribeTarget(s.noAuth.url);
  for (const x of [s.emulator, s.noAuth, s.bare, s.importer])
    await fire(x.url, presign(x.url, load.warmUp, describeCall));
  for (let done = 0; done < load.warmUp; done += IMPORT_CHUNK) {
    const n = Math.min(IMPORT_CHUNK, load.warmUp - done);
    for (const x of [s.importer, s.bare]) await fire(x.url, presign(x.url, n, importCall(regions, `warm-${done}`)));
    await resetEmulator(s.importer.url);
  }
  for (const x of [s.prism, s.prismQuiet]) await fire(x.url, presign(x.url, 2 * load.prismRequests, describeCall));
}

/** One iteration: fresh servers, a warm-up, then `load.rounds` interleaved rounds. */
async function once(load: Load, regions: readonly string[], iteration: number): Promise<Sample> {
  const s = await startAll();
  try {
    await warmUp(s, load, regions);
    const rounds: Sample['rounds'] = {
      describe: [],
      describeBare: [],
      describeNoAuth: [],
      prism: [],
      prismQuiet: [],
      import: [],
      importBare: [],
    };
    let rejected = 0;
    const run = async (series: Series, server: Server, n: number, call: (i: number) => Call): Promise<void> => {
      const r = await fire(server.url, presign(server.url, n, call));
      rounds[series].push(r.rps);
      rejected += r.other;
    };
    for (let round = 0; round < load.rounds; round++) {
      const imports = importCall(regions, `${iteration}-${round}`);
      const steps: Array<() => Promise<void>> = [
        () => run('describe', s.emulator, load.requests, describeCall),
        () => run('describeBare', s.bare, load.requests, describeCall),
        () => run('prism', s.prism, load.prismRequests, describeCall),
        () => run('prismQuiet', s.prismQuiet, load.prismRequests, describeCall),
        () => run('describeNoAuth', s.noAuth, load.requests, describeCall),
        async () => (await resetEmulator(s.importer.url), run('import', s.importer, load.requests, imports)),
        () => run('importBare', s.bare, load.requests, imports),
      ];
      // Rotate the order so no server always runs right after the same one.
      for (let i = 0; i < steps.length; i++) await steps[(i + round) % steps.length]!();
    }
    return { rounds, rejected };
  } finally {
    await stopAll(s);
  }
}

/** The median of a sample's rounds for one series. */
const med = (s: Sample, series: Series): number => median(s.rounds[series]);

/** Lowest and highest ratio of paired rounds (same round index) over all samples, e.g. `0.48–0.61×`. */
function roundSpread(samples: readonly Sample[], a: Series, b: Series): string {
  const ratios = samples.flatMap((s) => s.rounds[a].map((x, i) => x / s.rounds[b][i]!));
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
}

/** Measures emulator throughput against the bare server and Prism, `runs` iterations. */
export async function measureThroughput(runs: number, quick: boolean, log: (s: string) => void): Promise<Figure[]> {
  const regions = defaultSpec().regions;
  const load = quick ? QUICK : FULL;
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await once(load, regions, i);
    samples.push(s);
    const r = (x: Series): number => Math.round(med(s, x));
    const prism = `Prism ${r('prism')} (quiet ${r('prismQuiet')})`;
    const describe = `describe ${r('describe')} vs bare ${r('describeBare')} vs ${prism} req/s`;
    const imports = `import ${r('import')} vs ${r('importBare')} req/s`;
    const rejected = s.rejected > 0 ? `, ${s.rejected} not 200` : '';
    log(`  run ${i + 1}/${runs} (median of ${load.rounds} rounds): ${describe}, ${imports}${rejected}`);
  }
  const m = (series: Series): number => Math.round(median(samples.map((s) => med(s, series))));
  const common =
    `${load.requests} signed requests a round (Prism ${load.prismRequests}), ${load.rounds} interleaved rounds ` +
    `after ${load.warmUp} to warm up, ${CONNECTIONS} connections`;
  const ratioOf = 'emulator requests/s (signatures checked) ÷ bare node:http requests/s';
  return [
    figure({
      id: 'throughput-import',
      title: 'Emulator throughput: ImportKeyPair',
      ratioOf,
      runs: samples.map((s) => med(s, 'import') / med(s, 'importBare')),
      goal: { op: '>=', bound: 0.5 },
      detail: {
        'emulator req/s': m('import'),
        'bare req/s': m('importBare'),
        'ratio of paired rounds, lowest–highest': roundSpread(samples, 'import', 'importBare'),
        load: common,
        'not 200 (all servers)': median(samples.map((s) => s.rejected)),
      },
    }),
    figure({
      id: 'throughput-describe',
      title: 'Emulator throughput: DescribeKeyPairs',
      ratioOf,
      runs: samples.map((s) => med(s, 'describe') / med(s, 'describeBare')),
      goal: { op: '>=', bound: 0.5 },
      detail: {
        'emulator req/s': m('describe'),
        'bare req/s': m('describeBare'),
        'emulator req/s, signatures not checked': m('describeNoAuth'),
        'ratio of paired rounds, lowest–highest': roundSpread(samples, 'describe', 'describeBare'),
        load: common,
      },
    }),
    figure({
      id: 'throughput-prism',
      title: 'Emulator vs Prism: DescribeKeyPairs',
      ratioOf: 'emulator requests/s (real semantics, signatures checked) ÷ `prism mock` requests/s (static example)',
      runs: samples.map((s) => med(s, 'describe') / med(s, 'prism')),
      goal: { op: '>=', bound: 5 },
      detail: {
        'emulator req/s': m('describe'),
        'Prism req/s': m('prism'),
        'ratio of paired rounds, lowest–highest': roundSpread(samples, 'describe', 'prism'),
        'Prism req/s, logging turned down to warnings': m('prismQuiet'),
        'ratio to Prism with logging turned down':
          Math.round(median(samples.map((s) => med(s, 'describe') / med(s, 'prismQuiet'))) * 100) / 100,
        peer: `@stoplight/prism-cli ${PRISM_VERSION}, prism mock bench/prism/describe-key-pairs.yaml, its defaults`,
      },
    }),
  ];
}
