/**
 * Profiles for missed goals, so the README shows why: one `kpc run` under `node --cpu-prof`
 * (its main process and its vitest worker) with a wall-clock breakdown of where the run's
 * time goes, and the emulator under the throughput load. CPU profiles miss what runs on
 * libuv's threadpool (key generation), so the breakdown also sums each case's wait for its
 * variables (fresh keys) from report.json.
 */
import { sameRunner } from './replay.ts';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRun, emulatorFlags, kpcRun, tempDir } from './kpc.ts';
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

/** Profiles one `kpc run` against a no-auth emulator child. */
export async function profileKpcRun(figures: string[]): Promise<ProfileReport> {
  const profDir = tempDir('prof');
  const emu = await startEmulatorChild(emulatorFlags({ auth: false }));
  const spawnedAt = Date.now();
  try {
    const run = await kpcRun({ target: emu.url, record: true, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
    const recs = run.recording!;
    const main = recs[0]!;
    const worker = recs.filter((r) => !sameRunner(r, main));
    const teardown = recs.filter((r) => sameRunner(r, main)).slice(1);
    // The suite's worker: a thread of the main process (pool threads) or a child (forks).
    const w = worker[0] ?? main;
    const lastWorker = Math.max(...worker.map((r) => r.end));
    const fill = run.report.cases
      .flatMap((c) => c.steps)
      .find((s) => typeof (s.expected as { allSucceed?: unknown } | undefined)?.allSucceed === 'number');
    const varWait = run.report.cases.map((c) => c.durationMs - c.steps.reduce((n, s) => n + s.durationMs, 0));
    const breakdown: Record<string, number> = {
      'whole run (spawn to exit)': run.timed.wallMs,
      'start-up: spawn to preflight request': recs[0]!.start - spawnedAt,
      'vitest start-up: preflight to first case request': worker[0]!.start - recs[0]!.start,
      'cases: first to last case request': lastWorker - worker[0]!.start,
      '… of which the quota fill (exclusive, at the end)': fill?.durationMs ?? 0,
      '… longest wait of one case for its variables (key generation)': Math.max(...varWait),
      '… sum of all cases’ waits for their variables': varWait.reduce((a, b) => a + b, 0),
      'teardown: its requests': teardown.length > 0 ? Math.max(...teardown.map((r) => r.end)) - teardown[0]!.start : 0,
      'after the last request to exit': spawnedAt + run.timed.wallMs - Math.max(...recs.map((r) => r.end)),
    };
    for (const k of Object.keys(breakdown)) breakdown[k] = Math.round(breakdown[k]!);
    const processes = readProfiles(profDir)
      .filter((p) => sameRunner(p, main) || sameRunner(p, w))
      .map((p) => ({
        label: sameRunner(p, main)
          ? 'kpc run (main process: CLI, vitest, teardown, report)'
          : 'vitest worker (cases: variables, requests, judging)',
        summary: summarise(p.profile),
      }));
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
