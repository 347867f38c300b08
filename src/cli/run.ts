/**
 * `kpc run`: the suite against a target (the embedded emulator unless one is named), through
 * the engine in this process, with reporters listening, then the verdict and the exit code.
 * Ctrl-C stops the cases, tears down all the same, and exits 130.
 */
import { resolveRunConfig, runConformance, type UserRunConfig } from '../conformance/index.ts';
import { formatFailure } from '../report/failures.ts';
import { findingLine, findingsOf } from '../report/findings.ts';
import { readReportFile } from '../report/load-report.ts';
import { parityOf } from '../report/parity.ts';
import { createReporters, DEFAULT_REPORTERS, REPORTER_NAMES } from '../report/registry.ts';
import { emit, reporterListener, type Reporter } from '../report/reporter.ts';
import type { Report } from '../report/types.ts';
import { defineCommand, type Io } from './command.ts';
import { EXIT } from './exit.ts';
import { parseExploreFlags } from './explore-flags.ts';
import { intFlag, noPositionals, type FlagValues } from './flags.ts';
import { errStream, onInterrupt } from './io.ts';

/** The flags of `kpc run` (and of `kpc record`). */
export const RUN_FLAGS = {
  target: {
    type: 'string',
    placeholder: 'URL',
    help: 'target endpoint',
    default: 'the embedded emulator on a loopback port',
  },
  region: { type: 'string', placeholder: 'R', help: 'primary region', default: 'cn-hangzhou' },
  'second-region': {
    type: 'string',
    placeholder: 'R',
    help: 'second region for per-region cases',
    default: 'cn-shanghai',
  },
  'resource-group': {
    type: 'string',
    placeholder: 'ID',
    help: 'an existing resource group; enables the positive resource-group cases',
  },
  'quota-test': {
    type: 'boolean',
    help: 'run the quota scenario (fills a region to 500)',
    default: 'on for loopback targets',
  },
  signature: { type: 'string', placeholder: 'v3|v1', help: 'signature version', default: 'v3, like the official SDK' },
  concurrency: { type: 'string', placeholder: 'N', help: 'cases in flight at once', default: '8' },
  'report-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: 'where report.json and ledger.jsonl go',
    default: 'reports/latest',
  },
  cases: { type: 'string', placeholder: 'DIR', help: 'case files to run', default: 'the shipped suites/' },
  only: { type: 'string', placeholder: 'GLOB', help: 'run only cases whose id matches, e.g. "ikp-name-*"' },
  shard: { type: 'string', placeholder: 'i/n', help: 'run the i-th of n shards (the quota scenario is in shard 1)' },
  timeout: { type: 'string', placeholder: 'MS', help: 'per-request timeout', default: '30000' },
  'case-retries': {
    type: 'string',
    placeholder: 'N',
    help: 'runs again of a case that met an infrastructure fault',
    default: '2',
  },
  baseline: {
    type: 'string',
    placeholder: 'FILE',
    help: 'also judge parity with a recorded baseline (kpc record); a drift exits 1',
  },
  reporter: {
    type: 'string',
    multiple: true,
    placeholder: 'NAME',
    help: `reporters, repeatable (${REPORTER_NAMES.join(', ')}; json always)`,
    default: DEFAULT_REPORTERS.join(', '),
  },
  verbose: { type: 'boolean', help: 'one line per finished case instead of the progress line' },
  explore: {
    type: 'string',
    placeholder: 'N',
    help: 'also explore with N property runs each (names, tags, bodies, import/describe/delete)',
  },
  seed: { type: 'string', placeholder: 'S', help: 'exploration seed', default: 'random, printed' },
  'found-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: 'where exploration writes found cases',
    default: 'suites/found',
  },
} as const;

/** The run configuration the flags ask for. */
export function configFromFlags(v: FlagValues<typeof RUN_FLAGS>): UserRunConfig {
  const config: UserRunConfig = {};
  const set = <K extends keyof UserRunConfig>(k: K, value: UserRunConfig[K] | undefined): void => {
    if (value !== undefined) config[k] = value;
  };
  set('target', v.target);
  set('region', v.region);
  set('secondRegion', v['second-region']);
  set('resourceGroup', v['resource-group']);
  set('quotaTest', v['quota-test']);
  set('signature', v.signature as UserRunConfig['signature']);
  set('concurrency', intFlag('concurrency', v.concurrency));
  set('reportDir', v['report-dir']);
  set('cases', v.cases);
  set('only', v.only);
  set('shard', v.shard);
  set('timeoutMs', intFlag('timeout', v.timeout));
  set('caseRetries', intFlag('case-retries', v['case-retries']));
  return config;
}

/** The reporters a run uses, by name; report.json always. */
function reportersFor(v: FlagValues<typeof RUN_FLAGS>, io: Io): Reporter[] {
  const progress = { stream: errStream(io), live: io.interactive, verbose: v.verbose ?? false };
  return createReporters(v.reporter, { stepSummary: io.env.GITHUB_STEP_SUMMARY, progress });
}

/** The verdict, the counts and the hints, as the terminal shows them. */
export function summaryText(r: Report, reportDir: string, interrupted: boolean): string {
  const out: string[] = [];
  for (const c of r.cases.filter((x) => x.status === 'failed')) out.push('', `FAIL ${formatFailure(c)}`);
  for (const f of findingsOf(r)) out.push('', `FAIL ${findingLine(f)}`);
  const s = r.summary;
  const headline = interrupted
    ? 'INTERRUPTED: the run was stopped; what it created was cleaned up'
    : `${r.verdict.toUpperCase()}: ${r.verdictReason}`;
  out.push('', headline);
  out.push(
    `cases: ${s.passed} passed, ${s.failed} failed, ${s.inconclusive} inconclusive, ` +
      `${s.skipped} skipped, ${s.observations} observations; ${s.requests} requests`,
  );
  const holes = r.coverage.holes;
  if (holes.length > 0) {
    const more = holes.length > 5 ? '; … (see the report)' : '';
    out.push(`coverage holes (${holes.length}): ${holes.slice(0, 5).join('; ')}${more}`);
  }
  out.push(
    `resources: ${r.resources.created} created, ${r.resources.deleted} deleted, ${r.resources.leaked.length} leaked`,
  );
  const p = r.parity;
  if (p) {
    const drifted = p.drifted.length > 0 ? `: ${p.drifted.length} case(s) drifted: ${p.drifted.join(', ')}` : '';
    out.push(
      `parity with the baseline (${p.baseline.target}, recorded ${p.baseline.date}): ` +
        `${p.verdict.toUpperCase()}${drifted} (${p.compared} compared)`,
    );
  }
  if (r.resources.leaked.length > 0) {
    const target = r.target.embedded ? '' : ` --target ${r.target.url}`;
    out.push(
      'WARNING: key pairs remain on the target; ' +
        `run: kpc sweep${target} --region ${r.target.region} --report-dir ${reportDir}`,
    );
  }
  out.push(`report: ${reportDir}/report.json`);
  return `${out.join('\n')}\n`;
}

/** The exit code of a finished run. */
export function exitOf(r: Report, interrupted: boolean): number {
  if (interrupted) return EXIT.interrupted;
  if (r.verdict === 'inconclusive') return EXIT.inconclusive;
  return r.verdict === 'non-conformant' || r.parity?.verdict === 'drifted' ? EXIT.findings : EXIT.ok;
}

/** Runs the suite as the flags say; resolves with the report (for kpc record) and the exit code. */
export async function runFromFlags(v: FlagValues<typeof RUN_FLAGS>, io: Io): Promise<{ report: Report; code: number }> {
  const config = resolveRunConfig(configFromFlags(v));
  const baseline = v.baseline ? readReportFile(v.baseline) : undefined;
  const explore = parseExploreFlags(v.explore, v.seed);
  const reporters = reportersFor(v, io);
  const controller = new AbortController();
  const stop = onInterrupt((sig) => {
    io.err(`\n${sig}: stopping the run, then cleaning up (a second ${sig} does not skip cleanup)\n`);
    controller.abort();
  });
  const onError = (name: string, hook: string, e: unknown) =>
    io.err(`reporter ${name} failed in ${hook}: ${(e as Error).message}\n`);
  try {
    const log = (line: string) => io.err(`${line}\n`);
    // Exploration (and fast-check) is loaded only when asked for: most runs start faster without it.
    const interlude =
      explore &&
      (await import('../explore/interlude.ts')).explorationInterlude(
        { ...explore, ...(v['found-dir'] ? { foundDir: v['found-dir'] } : {}) },
        log,
      );
    const run = await runConformance(config, {
      listeners: [reporterListener(reporters, config.reportDir, onError)],
      signal: controller.signal,
      onNote: (line) => io.err(`note: ${line}\n`),
      ...(interlude ? { interlude, seed: explore.seed } : {}),
    });
    if (baseline) run.report.parity = parityOf(run.report, baseline);
    await emit(reporters, 'onRunEnd', [run.report, config.reportDir], onError);
    io.out(summaryText(run.report, config.reportDir, run.engine.interrupted));
    return { report: run.report, code: exitOf(run.report, run.engine.interrupted) };
  } finally {
    stop();
  }
}

/** `kpc run`. */
export const RUN = defineCommand({
  name: 'run',
  summary: 'Runs the conformance suite against a target and prints the verdict.',
  usage: '[options]',
  description: [
    'Without --target it starts the reference emulator on a loopback port (signatures checked with the',
    "run's own credentials) and runs every case, the 500-key-pair quota scenario included. Every key pair",
    'a run creates is ledgered before it is sent and deleted at the end, also after a failure or Ctrl-C.',
  ].join('\n'),
  flags: RUN_FLAGS,
  exits:
    '0 conformant, 1 non-conformant (or parity drifted), 2 usage or configuration error, 3 inconclusive, ' +
    '4 internal error, 130 interrupted.',
  async run({ values, positionals }, io) {
    noPositionals('kpc run', positionals);
    return (await runFromFlags(values, io)).code;
  },
});
