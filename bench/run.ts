/**
 * `npm run bench`: every figure of bench/README.md, measured side by side in one run,
 * median of several iterations; writes bench/results.json and the README's results table.
 *
 *   npm run bench                      # 3 iterations of everything (6–10 minutes on 2 cores)
 *   npm run bench -- --quick           # 1 iteration, smaller loads: a smoke run
 *   npm run bench -- --runs 5 --only overhead,throughput
 *
 * A quick or partial run does not overwrite the committed results unless given --write.
 *
 * Everything talks to 127.0.0.1 only; every load is bounded in requests and time.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { measureGrowth } from './growth.ts';
import { measureLatency } from './latency.ts';
import { measureOverhead } from './overhead.ts';
import { ensureFreshBuild } from './procs.ts';
import { profileMisses } from './profile-run.ts';
import { writeResults } from './results.ts';
import { formatGoal, formatRatio, type Figure } from './stats.ts';
import { measureThrottling } from './throttling.ts';
import { measureThroughput } from './throughput.ts';

const SECTIONS = ['overhead', 'throughput', 'latency', 'throttling', 'growth'] as const;
type Section = (typeof SECTIONS)[number];

function options(): { runs: number; quick: boolean; only: Section[]; profile: boolean; write: boolean } {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      only: { type: 'string' },
      'no-profile': { type: 'boolean', default: false },
      write: { type: 'boolean' },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run bench -- [--quick] [--runs N] ' +
        '[--only overhead,throughput,latency,throttling,growth] [--no-profile] [--write | --no-write]\n',
    );
    process.exit(0);
  }
  const runs = values.runs === undefined ? (values.quick ? 1 : 3) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20)
    throw new Error(`--runs must be a whole number from 1 to 20 (got ${values.runs})`);
  const only = (values.only?.split(',') ?? [...SECTIONS]) as Section[];
  for (const s of only)
    if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}" (use ${SECTIONS.join(', ')})`);
  // A partial or quick run is a smoke test: it does not overwrite the committed results unless asked.
  const write = values['no-write'] ? false : (values.write ?? (!values.quick && values.only === undefined));
  return { runs, quick: values.quick, only, profile: !values['no-profile'], write };
}

function line(f: Figure): string {
  const verdict = f.met === undefined ? '' : f.met ? '  met' : '  MISSED';
  const ratio = formatRatio(f.ratio, f.unit).padStart(8);
  const goal = formatGoal(f.goal, f.unit).padEnd(7);
  return `${f.title.padEnd(38)} ${ratio}  goal ${goal}${verdict.padEnd(8)} ${f.ratioOf}`;
}

async function main(): Promise<void> {
  const o = options();
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  // Every figure runs `kpc` children: they must run the compiled package, as a user's would.
  ensureFreshBuild(log);
  const started = Date.now();
  const figures: Figure[] = [];
  const measure: Record<Section, () => Promise<Figure[]>> = {
    overhead: () => measureOverhead(o.runs, log),
    throughput: () => measureThroughput(o.runs, o.quick, log),
    latency: () => measureLatency(o.runs, log),
    throttling: () => measureThrottling(o.runs, log),
    growth: () => measureGrowth(o.runs, o.quick, log),
  };
  for (const s of o.only) {
    log(`▸ ${s} (${o.runs} run${o.runs > 1 ? 's' : ''})`);
    const got = await measure[s]();
    for (const f of got) log(`  ${line(f)}`);
    figures.push(...got);
  }
  const profiles = o.profile ? await profileMisses(figures, log) : [];
  const meta = {
    date: new Date().toISOString(),
    runs: o.runs,
    quick: o.quick,
    node: process.version,
    cpus: cpus().length,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  if (o.write) writeResults({ meta, figures, profiles });
  process.stdout.write(
    `\nkeypair-conformance bench — median of ${o.runs} run(s)${o.quick ? ', quick' : ''}, ${meta.seconds} s\n\n`,
  );
  for (const f of figures) process.stdout.write(`${line(f)}\n`);
  process.stdout.write(
    o.write
      ? '\nwritten: bench/results.json, bench/README.md (results section)\n'
      : '\nnot written (quick or partial run; --write to keep it)\n',
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
