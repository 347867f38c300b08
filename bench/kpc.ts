/**
 * `kpc run` as the bench runs it: a child process against a target on 127.0.0.1, with its
 * report, its ledger and (optionally) every exchange it sent, recorded by the `exchanges`
 * reporter (an engine listener, like every other reporter).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DUMMY_CREDENTIALS } from '../src/client/index.ts';
import { DEFAULT_SUITES_DIR, loadCases } from '../src/cases/load.ts';
import { DEFAULT_REPORTERS } from '../src/report/registry.ts';
import type { Report } from '../src/report/types.ts';
import { caseShapes, type CaseShape } from './ideal.ts';
import { childEnv, KPC, runTimed, type Timed } from './procs.ts';
import { readRecording, type Recorded } from './replay.ts';

/** The resource group the bench's emulators know, so the resource-group cases run as in the embedded run. */
export const BENCH_RESOURCE_GROUP = 'rg-kpcbench0001';

/** Emulator flags that make it what `kpc run` embeds: signatures checked with the loopback pair, one resource group. */
export function emulatorFlags(opts: { auth: boolean; faults?: string[] }): string[] {
  const { accessKeyId, accessKeySecret } = DUMMY_CREDENTIALS;
  const auth = opts.auth ? ['--access-key-id', accessKeyId, '--access-key-secret', accessKeySecret] : ['--no-auth'];
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
  /** Key pairs it created under names too short to carry its token (teardown looks each up). */
  shortNames: number;
}

/** A fresh temporary folder under the OS temp dir. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `kpc-bench-${prefix}-`));
}

/** Runs `kpc run` to completion; `target` absent → the embedded emulator. Throws when no report was written. */
export async function kpcRun(o: {
  target?: string;
  flags?: string[];
  record?: boolean;
  nodeFlags?: string[];
  sampleMemory?: boolean;
}): Promise<KpcRun> {
  const dir = tempDir('run');
  const target = o.target ? ['--target', o.target, '--resource-group', BENCH_RESOURCE_GROUP] : [];
  // The user's default reporters, plus the exchanges reporter when recording.
  const reporters = o.record ? [...DEFAULT_REPORTERS, 'exchanges'].flatMap((r) => ['--reporter', r]) : [];
  const args = [...(o.nodeFlags ?? []), KPC, 'run', '--report-dir', dir, ...target, ...reporters, ...(o.flags ?? [])];
  const timed = await runTimed(args, childEnv(), { sampleMemory: o.sampleMemory ?? false });
  const reportFile = join(dir, 'report.json');
  if (!existsSync(reportFile))
    throw new Error(`kpc run wrote no report (exit ${timed.code}):\n${timed.stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  const recording = o.record ? readRecording(join(dir, 'exchanges.jsonl')) : undefined;
  const created = createdNames(join(dir, 'ledger.jsonl'));
  const regions = [...new Set(created.map((c) => c.region))];
  const shortNames = created.filter((c) => !c.name.includes(report.run.token)).length;
  return { timed, report, dir, recording, regionsTouched: regions, shortNames };
}

/** Removes a run's folder. */
export function cleanRun(run: KpcRun): void {
  rmSync(run.dir, { recursive: true, force: true });
}

/** The key pairs a run's ledger says it created. */
function createdNames(ledger: string): Array<{ region: string; name: string }> {
  if (!existsSync(ledger)) return [];
  const out = new Map<string, { region: string; name: string }>();
  for (const line of readFileSync(ledger, 'utf8').split('\n').filter(Boolean)) {
    const l = JSON.parse(line) as { t: string; region: string; name: string; created?: unknown };
    if (l.t === 'outcome' && (l.created === true || l.created === 'created')) out.set(`${l.region} ${l.name}`, l);
  }
  return [...out.values()].map(({ region, name }) => ({ region, name }));
}

let exclusiveIds: Set<string> | undefined;
/** The ids of the shipped suite's exclusive cases (they run alone, after the others). */
export function exclusiveCases(): Set<string> {
  exclusiveIds ??= new Set(
    loadCases(DEFAULT_SUITES_DIR)
      .filter((c) => c.exclusive)
      .map((c) => c.id),
  );
  return exclusiveIds;
}

/** The shapes of a run's cases. */
export function shapesOf(report: Report): CaseShape[] {
  return caseShapes(
    report.cases.filter((c) => c.status !== 'skipped'),
    exclusiveCases(),
  );
}

/** The teardown's requests in a recording. */
export function teardownRecords(recs: readonly Recorded[]): Recorded[] {
  return recs.filter((r) => r.label === 'teardown');
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

/** Cases a run judged (skipped ones left out). */
export function casesJudged(report: Report): number {
  return report.summary.total - report.summary.skipped;
}
