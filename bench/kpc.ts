/**
 * `kpc run` as the bench runs it: a child process against a target on 127.0.0.1, with its
 * report, its ledger and (optionally) the recording of every exchange it sent.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DUMMY_CREDENTIALS } from '../src/client/index.ts';
import { loadCases, DEFAULT_SUITES_DIR } from '../src/cases/load.ts';
import type { Report } from '../src/report/types.ts';
import { caseShapes, type CaseShape } from './ideal.ts';
import { childEnv, KPC, runTimed, type Timed } from './procs.ts';
import { readRecording, sameRunner, type Recorded } from './replay.ts';

/** The resource group the bench's emulators know, so the resource-group cases run as in the embedded run. */
export const BENCH_RESOURCE_GROUP = 'rg-kpcbench0001';

/** Emulator flags that make it what `kpc run` embeds: signatures checked with the loopback pair, one resource group. */
export function emulatorFlags(opts: { auth: boolean; faults?: string[] }): string[] {
  const auth = opts.auth
    ? ['--access-key-id', DUMMY_CREDENTIALS.accessKeyId, '--access-key-secret', DUMMY_CREDENTIALS.accessKeySecret]
    : ['--no-auth'];
  return [...auth, '--resource-group', BENCH_RESOURCE_GROUP, ...(opts.faults ?? [])];
}

/** What one `kpc run` did. */
export interface KpcRun {
  timed: Timed;
  report: Report;
  dir: string;
  recording: Recorded[] | undefined;
  /** Regions in which the run created at least one key pair (from its ledger). */
  regionsTouched: string[];
}

/** A fresh temporary folder under the OS temp dir. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `kpc-bench-${prefix}-`));
}

/** Runs `kpc run` to completion; `target` absent → the embedded emulator. Throws when no report was written. */
export async function kpcRun(o: {
  target?: string;
  flags?: string[];
  env?: Record<string, string>;
  record?: boolean;
  nodeFlags?: string[];
}): Promise<KpcRun> {
  const dir = tempDir('run');
  const recFile = join(dir, 'exchanges.jsonl');
  const args = [
    ...(o.nodeFlags ?? []),
    KPC,
    'run',
    '--report-dir',
    dir,
    ...(o.target ? ['--target', o.target, '--resource-group', BENCH_RESOURCE_GROUP] : []),
    ...(o.flags ?? []),
  ];
  const env = childEnv({ ...o.env, ...(o.record ? { KPC_RECORD_EXCHANGES: recFile } : {}) });
  const timed = await runTimed(args, env);
  const reportFile = join(dir, 'report.json');
  if (!existsSync(reportFile))
    throw new Error(`kpc run wrote no report (exit ${timed.code}):\n${timed.stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  return {
    timed,
    report,
    dir,
    recording: o.record ? readRecording(recFile) : undefined,
    regionsTouched: regionsTouched(join(dir, 'ledger.jsonl')),
  };
}

/** Removes a run's folder. */
export function cleanRun(run: KpcRun): void {
  rmSync(run.dir, { recursive: true, force: true });
}

function regionsTouched(ledger: string): string[] {
  if (!existsSync(ledger)) return [];
  const out = new Set<string>();
  for (const line of readFileSync(ledger, 'utf8').split('\n').filter(Boolean)) {
    const l = JSON.parse(line) as { t: string; region: string; created?: unknown };
    if (l.t === 'outcome' && l.created === true) out.add(l.region);
  }
  return [...out];
}

let exclusiveIds: Set<string> | undefined;
/** The shapes of a run's cases (the shipped suite decides which are exclusive). */
export function shapesOf(report: Report): CaseShape[] {
  exclusiveIds ??= new Set(
    loadCases(DEFAULT_SUITES_DIR)
      .filter((c) => c.exclusive)
      .map((c) => c.id),
  );
  return caseShapes(
    report.cases.filter((c) => c.status !== 'skipped'),
    exclusiveIds,
  );
}

/** The teardown's requests in a recording: the main process's, after its preflight. */
export function teardownRecords(recs: readonly Recorded[]): Recorded[] {
  const main = recs[0];
  return main ? recs.filter((r) => sameRunner(r, main)).slice(1) : [];
}

/** How many names the teardown deleted in each region, from its DeleteKeyPairs requests. */
export function teardownDeletes(recs: readonly Recorded[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of teardownRecords(recs)) {
    if (r.action !== 'DeleteKeyPairs') continue;
    const q = new URL(r.request.url).searchParams;
    const region = q.get('RegionId') ?? '';
    const names = JSON.parse(q.get('KeyPairNames') ?? '[]') as unknown[];
    out[region] = (out[region] ?? 0) + names.length;
  }
  return out;
}

/** Summary line counts printed by kpc run. */
export function casesJudged(report: Report): number {
  return report.summary.total - report.summary.skipped;
}
