/**
 * Child processes for the bench: `kpc run` timed as a user runs it (wall clock from spawn
 * to exit, peak memory of its whole process tree), and long-lived servers (the emulator,
 * the bare node:http server) on 127.0.0.1 ports. Every child is killed by its own pid.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../bin/build-state.js';

/** The repository root (bench/..). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KPC = fileURLToPath(new URL('../bin/kpc.js', import.meta.url));

/**
 * Builds dist/ when a source is newer than it. bin/kpc.js runs a stale build through tsx
 * instead (a slower loader, every function renamed), so without this a figure measures
 * whatever the last edit left behind rather than the JavaScript that ships.
 */
export function ensureFreshBuild(log: (s: string) => void): void {
  if (distIsFresh()) return;
  log('dist/ is older than the sources: npm run build');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!distIsFresh()) throw new Error('dist/ is still older than the sources after npm run build');
}

/** The environment children get: no real credentials ever reach a bench child. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('ALIBABA_CLOUD_') || env[k] === undefined) delete env[k];
  return env;
}

/** A running server child. */
export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function waitExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Spawns a server that prints `listening URL` on stdout when ready. */
export function startServer(args: string[], env: NodeJS.ProcessEnv = childEnv()): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  return new Promise<Server>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error(`server did not start within 30 s: ${args.join(' ')}\n${stderr}`)),
      30_000,
    );
    const fail = (e: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${args.join(' ')}\n${stderr}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({
        url: m[1]!,
        pid: child.pid!,
        async stop() {
          child.kill('SIGTERM');
          const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await waitExit(child);
          clearTimeout(t);
        },
      });
    });
  });
}

/** Starts `kpc emulator` with the given flags (always on 127.0.0.1, any free port). */
export function startEmulatorChild(flags: string[], nodeFlags: string[] = []): Promise<Server> {
  return startServer([...nodeFlags, KPC, 'emulator', '--host', '127.0.0.1', '--port', '0', ...flags]);
}

/** What one timed command did. */
export interface Timed {
  code: number | null;
  wallMs: number;
  /**
   * Peak of the summed resident memory of the process and its descendants (sampled every
   * 50 ms), KiB; undefined when unmeasurable.
   */
  peakRssKb: number | undefined;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node ARGS` to completion, timing it; with `sampleMemory`, it also samples its process
 * tree's memory every 50 ms (reading /proc costs CPU beside the run, so only the growth figure asks).
 */
export async function runTimed(
  args: string[],
  env: NodeJS.ProcessEnv,
  o: { sampleMemory?: boolean; timeoutMs?: number } = {},
): Promise<Timed> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
  let peak: number | undefined;
  const sample = (): void => {
    const kb = treeRssKb(child.pid!);
    if (kb !== undefined) peak = Math.max(peak ?? 0, kb);
  };
  const sampler = o.sampleMemory ? setInterval(sample, 50) : undefined;
  const killer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 600_000);
  const code = await waitExit(child);
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearTimeout(killer);
  return { code, wallMs, peakRssKb: peak, stdout, stderr };
}

/** Summed RSS (KiB) of `pid` and its descendants, from /proc (Linux) or `ps`; undefined when neither works. */
export function treeRssKb(pid: number): number | undefined {
  const table = existsSync('/proc/self/stat') ? procTable() : psTable();
  if (table === undefined) return undefined;
  const children = new Map<number, number[]>();
  for (const [p, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), p]);
  let sum = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    sum += table.get(p)?.rssKb ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return table.has(pid) ? sum : undefined;
}

type Table = Map<number, { ppid: number; rssKb: number }>;
let pageKb: number | undefined;
// /proc/PID/stat counts resident memory in pages; the page size is 4 KiB on x86-64 but not everywhere.
function pageSizeKb(): number {
  try {
    pageKb ??= Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) / 1024 || 4;
  } catch {
    pageKb = 4;
  }
  return pageKb;
}

function procTable(): Table {
  const t: Table = new Map();
  const page = pageSizeKb();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      t.set(Number(e), { ppid: Number(f[1]), rssKb: Number(f[21]) * page });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return t;
}

function psTable(): Table | undefined {
  try {
    const t: Table = new Map();
    for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).split('\n')) {
      const [pid, ppid, rss] = line.trim().split(/\s+/).map(Number);
      if (pid !== undefined && Number.isFinite(pid) && ppid !== undefined && rss !== undefined)
        t.set(pid, { ppid, rssKb: rss });
    }
    return t;
  } catch {
    return undefined;
  }
}
