/**
 * `kpc selfcheck`: the suite against every mutant of the reference emulator, in parallel
 * worker processes, then the kill matrix, the mutation score and the verdict.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { mutantListing, MUTANTS } from '../../emulator/mutants/index.ts';
import { DEFAULT_SUITES_DIR, loadCases } from '../cases/load.ts';
import { globToRegExp } from '../cases/select.ts';
import { KpcError } from '../errors.ts';
import { DEFAULT_EXPLORE_RUNS } from '../explore/explore.ts';
import { runInWorkers } from '../selfcheck/parallel.ts';
import { renderMarkdown, renderText } from '../selfcheck/render.ts';
import { REFERENCE } from '../selfcheck/run-mutant.ts';
import { summarize } from '../selfcheck/summary.ts';
import type { MutantOutcome, SelfcheckReport } from '../selfcheck/types.ts';
import { runWorker } from '../selfcheck/worker.ts';
import { defineCommand } from './command.ts';
import { EXIT } from './exit.ts';
import { intFlag, noPositionals } from './flags.ts';

/** The exploration seed the self-check uses unless told otherwise: a fixed one, so the verdict is reproducible. */
export const SELFCHECK_SEED = 20240501;

function selectMutants(only: string | undefined): string[] {
  if (only === undefined) return MUTANTS.map((m) => m.name);
  const patterns = only.split(',').map((p) => globToRegExp(p.trim()));
  const names = MUTANTS.map((m) => m.name).filter((n) => patterns.some((p) => p.test(n)));
  if (names.length === 0)
    throw new KpcError('KPC_USAGE', `--only ${only}: no mutant matches (kpc selfcheck --list shows them)`);
  return names;
}

function progressLine(done: number, all: number, o: MutantOutcome): string {
  const what = o.error ? `error: ${o.error}` : `${o.killedBy.length + o.killedElsewhere.length} case(s) failed`;
  const seconds = (o.durationMs / 1000).toFixed(1);
  return `[${String(done).padStart(String(all).length)}/${all}] ${o.mutant}: ${what} (${seconds} s)\n`;
}

/** `kpc selfcheck`. */
export const SELFCHECK = defineCommand({
  name: 'selfcheck',
  summary: 'Runs the suite against every faulty emulator (mutant) and prints the kill matrix.',
  usage: '[--only NAME] [--jobs N] [--explore N]',
  description: [
    'A mutant counts as killed only when a case fails on a rule its entry names; every mutant must be shown',
    'live (some request gets another answer than from the reference); equivalent ones must not be flagged;',
    'explore-only ones must be caught by exploration.',
  ].join('\n'),
  flags: {
    only: {
      type: 'string',
      placeholder: 'NAME',
      help: 'only mutants whose name matches (a glob, or names separated by commas)',
    },
    jobs: { type: 'string', placeholder: 'N', help: 'worker processes', default: 'the number of cores, at most 4' },
    'report-dir': {
      type: 'string',
      placeholder: 'DIR',
      help: 'where selfcheck.json and selfcheck.md go',
      default: 'reports/selfcheck',
    },
    cases: { type: 'string', placeholder: 'DIR', help: 'case files to run', default: 'the shipped suites/' },
    explore: {
      type: 'string',
      placeholder: 'N',
      help:
        'exploration runs per property against explore-only and equivalent mutants ' +
        '(0: none, and the check cannot pass)',
      default: String(DEFAULT_EXPLORE_RUNS),
    },
    seed: { type: 'string', placeholder: 'S', help: 'exploration seed', default: String(SELFCHECK_SEED) },
    list: { type: 'boolean', help: 'list the mutants and exit' },
    worker: { type: 'boolean', help: '(internal) serve mutants to a parent kpc selfcheck' },
  },
  exits:
    '0 every mutant killed on its own rules, shown live, and no equivalent one flagged; 1 otherwise; 2 usage error.',
  async run({ values: v, positionals }, io) {
    if (v.worker) return runWorker();
    noPositionals('kpc selfcheck', positionals);
    if (v.list) return (io.out(`${mutantListing().join('\n')}\n`), EXIT.ok);
    const names = selectMutants(v.only);
    const jobs = intFlag('jobs', v.jobs) ?? Math.min(4, availableParallelism());
    if (jobs < 1) throw new KpcError('KPC_USAGE', '--jobs must be at least 1');
    const runs = intFlag('explore', v.explore) ?? DEFAULT_EXPLORE_RUNS;
    const seed = v.seed === undefined ? SELFCHECK_SEED : Number(v.seed);
    if (!Number.isSafeInteger(seed)) throw new KpcError('KPC_USAGE', `--seed must be an integer (got "${v.seed}")`);
    const casesDir = v.cases ? resolve(v.cases) : DEFAULT_SUITES_DIR;
    const caseCount = loadCases(casesDir).length; // fails fast, with file and line, on a broken case file
    const reportDir = resolve(v['report-dir'] ?? 'reports/selfcheck');
    const startedAt = new Date();
    const started = performance.now();
    const exploring =
      runs > 0 ? `; exploration of explore-only and equivalent mutants: ${runs} runs, seed ${seed}` : '';
    io.err(
      `kpc selfcheck: ${caseCount} cases against the reference and ${names.length} mutants, ` +
        `${jobs} job(s)${exploring}\n`,
    );
    const all = [REFERENCE.name, ...names];
    let done = 0;
    const options = { concurrency: 8, ...(runs > 0 ? { explore: { runs, seed } } : {}) };
    const outcomes = await runInWorkers(all, jobs, casesDir, options, (o) =>
      io.err(progressLine(++done, all.length, o)),
    );
    const [baseline, ...mutants] = outcomes;
    const summary = summarize(baseline!, mutants);
    const wallMs = performance.now() - started;
    const report: SelfcheckReport = {
      schemaVersion: 2,
      startedAt: startedAt.toISOString(),
      wallMs,
      jobs,
      cases: caseCount,
      baseline: baseline!,
      summary,
      mutants,
    };
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, 'selfcheck.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(reportDir, 'selfcheck.md'), renderMarkdown(report));
    io.out(`${renderText(report)}\nreport: ${join(reportDir, 'selfcheck.json')}\n`);
    return report.summary.ok ? EXIT.ok : EXIT.findings;
  },
});
