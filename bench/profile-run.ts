/**
 * Profiles for missed goals, so the README shows why: one `kpc run` under `node --cpu-prof`
 * with a wall-clock breakdown of where the run's
 * time goes, and the emulator under the throughput load. CPU profiles miss what runs on
 * libuv's threadpool (key generation), so the breakdown also sums each case's wait for its
 * variables (fresh keys) from report.json.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRun, emulatorFlags, kpcRun, tempDir, type KpcRun } from './kpc.ts';
import { startEmulatorChild } from './procs.ts';
import { summarise, type CpuProfile, type ProfileSummary } from './profile.ts';
import type { Figure } from './stats.ts';
import { fireDescribeLoad } from './throughput.ts';

/** One profiled process. */
export interface ProcessProfile {
  label: string;
  summary: ProfileSummary;
}

/** The profile attached to one or more missed figures. */
export interface ProfileReport {
  figures: string[];
  title: string;
  processes: ProcessProfile[];
  /** Wall-clock phases of the profiled run, ms. */
  breakdown: Record<string, number>;
}

function readProfiles(dir: string): Array<{ pid: number; thread: number; profile: CpuProfile }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => {
      const [, , , pid, thread] = f.split('.');
      return {
        pid: Number(pid),
        thread: Number(thread),
        profile: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile,
      };
    });
}

/** Wall-clock phases of a profiled run, from its recording and report. */
function breakdownOf(run: KpcRun, spawnedAt: number): Record<string, number> {
  const recs = run.recording!;
  const cases = recs.filter((r) => r.label !== 'preflight' && r.label !== 'teardown');
  const teardown = recs.filter((r) => r.label === 'teardown');
  const fill = run.report.cases.flatMap((c) => c.steps).find((s) => s.request.params['(fill)'] !== undefined);
  const varWait = run.report.cases.map((c) => c.durationMs - c.steps.reduce((n, s) => n + s.durationMs, 0));
  const end = (rs: typeof recs): number => Math.max(...rs.map((r) => r.end));
  const breakdown: Record<string, number> = {
    'whole run (spawn to exit)': run.timed.wallMs,
    'start-up: spawn to preflight request': recs[0]!.start - spawnedAt,
    'preflight to first case request': cases[0]!.start - recs[0]!.start,
    'cases: first to last case request': end(cases) - cases[0]!.start,
    '… of which the quota fill (exclusive, at the end)': fill?.durationMs ?? 0,
    '… longest wait of one case for its variables (key generation)': Math.max(...varWait),
    '… sum of all cases’ waits for their variables': varWait.reduce((a, b) => a + b, 0),
    'teardown: its requests': teardown.length > 0 ? end(teardown) - teardown[0]!.start : 0,
    'after the last request to exit': spawnedAt + run.timed.wallMs - end(recs),
  };
  for (const k of Object.keys(breakdown)) breakdown[k] = Math.round(breakdown[k]!);
  return breakdown;
}

/** Profiles one `kpc run` against a no-auth emulator child. */
export async function profileKpcRun(figures: string[]): Promise<ProfileReport> {
  const profDir = tempDir('prof');
  const emu = await startEmulatorChild(emulatorFlags({ auth: false }));
  const spawnedAt = Date.now();
  try {
    const run = await kpcRun({ target: emu.url, record: true, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
    const breakdown = breakdownOf(run, spawnedAt);
    const processes = readProfiles(profDir)
      .filter((p) => p.thread === 0)
      .map((p) => ({ label: 'kpc run (one process: CLI, engine, reporters)', summary: summarise(p.profile) }));
    cleanRun(run);
    return { figures, title: '`kpc run` (whole suite, emulator child without signature checks)', processes, breakdown };
  } finally {
    await emu.stop();
    rmSync(profDir, { recursive: true, force: true });
  }
}

/** Profiles the emulator (signatures checked) under the describe load of the throughput figure. */
export async function profileEmulator(figures: string[]): Promise<ProfileReport> {
  const profDir = tempDir('prof');
  mkdirSync(profDir, { recursive: true });
  const emu = await startEmulatorChild(emulatorFlags({ auth: true }), ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  let rps: number;
  try {
    rps = await fireDescribeLoad(emu.url, 6000);
  } finally {
    await emu.stop();
  }
  try {
    const processes = readProfiles(profDir)
      .filter((p) => p.thread === 0)
      .map((p) => ({
        label: 'kpc emulator (signatures checked), 6,000 signed DescribeKeyPairs after start-up',
        summary: summarise(p.profile),
      }));
    return {
      figures,
      title: 'the emulator under load',
      processes,
      breakdown: { 'DescribeKeyPairs requests/s while profiled': Math.round(rps) },
    };
  } finally {
    rmSync(profDir, { recursive: true, force: true });
  }
}

/** Profiles whatever explains the missed goals among `figures`. */
export async function profileMisses(figures: readonly Figure[], log: (s: string) => void): Promise<ProfileReport[]> {
  const missed = figures.filter((f) => f.met === false).map((f) => f.id);
  const out: ProfileReport[] = [];
  const runner = missed.filter((id) => ['runner-overhead', 'latency-hiding', 'growth-time'].includes(id));
  if (runner.length > 0) {
    log(`▸ profiling kpc run (missed: ${runner.join(', ')})`);
    out.push(await profileKpcRun(runner));
  }
  const emulator = missed.filter((id) => id.startsWith('throughput-'));
  if (emulator.length > 0) {
    log(`▸ profiling the emulator (missed: ${emulator.join(', ')})`);
    out.push(await profileEmulator(emulator));
  }
  return out;
}
