/**
 * Where the emulator's time goes under the throughput loads: a `kpc emulator` child with
 * signatures checked runs under `node --cpu-prof` while it serves the describe load, and
 * another while it serves the import load, each after a warm-up. Prints self and total
 * (inclusive) time of the hottest functions, measured after the warm-up only, so the
 * figures show the steady state rather than start-up.
 *
 *   npx tsx bench/profile-emulator.ts [--requests 10000] [--top 25] [--only describe|import]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSpec } from '../src/spec/load.ts';
import { emulatorFlags, tempDir } from './kpc.ts';
import { describeCall, fire, importCall, presign, seedDescribeTarget } from './load.ts';
import { ensureFreshBuild, startEmulatorChild } from './procs.ts';
import { areaOf, type CpuProfile } from './profile.ts';

/** Self and total time of one function, ms, after the warm-up mark. */
export interface FrameTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

function frameName(cf: CpuProfile['nodes'][number]['callFrame']): string {
  const file = cf.url.replace(/^.*\/(node_modules|src|emulator|bench)\//, '$1/').replace(/^file:\/\//, '');
  return cf.url === '' ? cf.functionName : `${cf.functionName || '(anonymous)'} ${file}`;
}

/** Self and total time per function from the samples taken after `fromUs` (profile clock), busiest first. */
export function frameTimes(p: CpuProfile, fromUs: number): { busyMs: number; frames: FrameTime[]; areas: FrameTime[] } {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const areas = new Map<string, number>();
  let t = p.startTime;
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    const leaf = byId.get(p.samples[i]!);
    if (t < fromUs || leaf === undefined || leaf.callFrame.functionName === '(idle)') continue;
    busy += dt;
    const leafName = frameName(leaf.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const area = areaOf(leaf.callFrame.url, leaf.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + dt);
    // Each function counts once a sample, however often it recurs on the stack.
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const name = frameName(byId.get(id)!.callFrame);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + dt);
      seen.add(name);
    }
  }
  const ms = (us: number | undefined): number => Math.round((us ?? 0) / 100) / 10;
  const frames = [...total.keys()].map((name) => ({ name, selfMs: ms(self.get(name)), totalMs: ms(total.get(name)) }));
  const areaList = [...areas].map(([name, us]) => ({ name, selfMs: ms(us), totalMs: ms(us) }));
  return { busyMs: ms(busy), frames, areas: areaList.sort((a, b) => b.selfMs - a.selfMs) };
}

/** Runs one load against a profiled emulator child; returns its profile and when the measured part began. */
async function profiled(
  load: (url: string) => Promise<{ rps: number; markMs: number }>,
): Promise<{ profile: CpuProfile; fromUs: number; rps: number }> {
  const dir = tempDir('prof');
  mkdirSync(dir, { recursive: true });
  const emu = await startEmulatorChild(emulatorFlags({ auth: true }), ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const spawned = performance.now();
  let out: { rps: number; markMs: number };
  try {
    out = await load(emu.url);
  } finally {
    await emu.stop();
  }
  try {
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    // The profile clock starts near the spawn; the offset of the mark from the spawn is close enough.
    return { profile, fromUs: profile.startTime + (out.markMs - spawned) * 1000, rps: out.rps };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function describeLoad(url: string, n: number): Promise<{ rps: number; markMs: number }> {
  await seedDescribeTarget(url);
  await fire(url, presign(url, 3000, describeCall));
  const reqs = presign(url, n, describeCall);
  const markMs = performance.now();
  return { rps: (await fire(url, reqs)).rps, markMs };
}

async function importLoad(url: string, n: number): Promise<{ rps: number; markMs: number }> {
  const regions = defaultSpec().regions;
  await fire(url, presign(url, 3000, describeCall));
  await fire(url, presign(url, 2000, importCall(regions, 'warm')));
  const reqs = presign(url, n, importCall(regions, 'measured'));
  const markMs = performance.now();
  return { rps: (await fire(url, reqs)).rps, markMs };
}

function print(title: string, r: { profile: CpuProfile; fromUs: number; rps: number }, top: number): void {
  const { busyMs, frames, areas } = frameTimes(r.profile, r.fromUs);
  const pct = (x: number): string => `${((x / busyMs) * 100).toFixed(1)} %`.padStart(7);
  const lines = [`\n## ${title}: ${Math.round(r.rps)} req/s while profiled, ${busyMs} ms on the CPU after warm-up`];
  lines.push(`areas: ${areas.map((a) => `${a.name} ${pct(a.selfMs).trim()}`).join(', ')}`);
  lines.push('\nself     | function');
  for (const f of [...frames].sort((a, b) => b.selfMs - a.selfMs).slice(0, top))
    lines.push(`${pct(f.selfMs)}  | ${f.name}`);
  lines.push('\ntotal    | function (ours and node:http only)');
  const ours = frames.filter((f) => /^(\S+ )?(src|emulator)\/|_http_|node:http|node:crypto/.test(f.name));
  for (const f of ours.sort((a, b) => b.totalMs - a.totalMs).slice(0, top))
    lines.push(`${pct(f.totalMs)}  | ${f.name}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '10000' },
      top: { type: 'string', default: '25' },
      only: { type: 'string' },
    },
  });
  const n = Number(values.requests);
  const top = Number(values.top);
  ensureFreshBuild((s) => void process.stderr.write(`${s}\n`));
  if (values.only !== 'import') print('DescribeKeyPairs', await profiled((u) => describeLoad(u, n)), top);
  if (values.only !== 'describe') print('ImportKeyPair', await profiled((u) => importLoad(u, n)), top);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
