/**
 * `kpc selfcheck`: the suite against every mutant of the reference emulator, in parallel
 * worker processes, then the kill matrix, the mutation score and the verdict. Exit 0 when
 * every non-equivalent mutant is killed, no equivalent one is flagged and exploration
 * catches the explore-only ones; 1 otherwise; 2 on a usage error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mutantListing, MUTANTS } from '../../emulator/mutants/index.ts';
import { DEFAULT_SUITES_DIR, loadCases } from '../cases/load.ts';
import { flagHelp, intFlag, parseFlags, type FlagSpec } from '../cli/flags.ts';
import { KpcError } from '../errors.ts';
import { DEFAULT_EXPLORE_RUNS } from '../explore/explore.ts';
import { globToRegExp } from '../runner/config.ts';
import { runInWorkers } from './parallel.ts';
import { renderMarkdown, renderText } from './render.ts';
import { REFERENCE } from './run-mutant.ts';
import { summarize } from './summary.ts';
import type { SelfcheckReport } from './types.ts';
import { runWorker } from './worker.ts';

/** The exploration seed the self-check uses unless told otherwise: a fixed one, so the verdict is reproducible. */
export const SELFCHECK_SEED = 20240501;

/** The flags of `kpc selfcheck`. */
export const SELFCHECK_FLAGS = {
  only: {
    type: 'string',
    placeholder: 'NAME',
    help: 'only mutants whose name matches (a glob, or names separated by commas)',
  },
  jobs: { type: 'string', placeholder: 'N', help: 'worker processes (default: the number of cores, at most 4)' },
  'report-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: 'where selfcheck.json and selfcheck.md go (default reports/selfcheck)',
  },
  cases: { type: 'string', placeholder: 'DIR', help: 'case files to run (default: the shipped suites/)' },
  explore: {
    type: 'string',
    placeholder: 'N',
    help: `exploration runs per property against explore-only and equivalent mutants (default ${DEFAULT_EXPLORE_RUNS}; 0 skips)`,
  },
  seed: { type: 'string', placeholder: 'S', help: `exploration seed (default ${SELFCHECK_SEED})` },
  list: { type: 'boolean', help: 'list the mutants and exit' },
  worker: { type: 'boolean', help: '(internal) serve mutants to a parent kpc selfcheck' },
} satisfies Record<string, FlagSpec>;

/** Help for `kpc selfcheck --help`. */
export const SELFCHECK_HELP = `Usage: kpc selfcheck [options]\n\n${flagHelp(SELFCHECK_FLAGS)}\n\nExit codes: 0 every non-equivalent mutant killed and no equivalent one flagged, 1 otherwise, 2 usage error.`;

function selectMutants(only: string | undefined): string[] {
  if (only === undefined) return MUTANTS.map((m) => m.name);
  const patterns = only.split(',').map((p) => globToRegExp(p.trim()));
  const names = MUTANTS.map((m) => m.name).filter((n) => patterns.some((p) => p.test(n)));
  if (names.length === 0)
    throw new KpcError('KPC_USAGE', `--only ${only}: no mutant matches (kpc selfcheck --list shows them)`);
  return names;
}

/** `kpc selfcheck`; resolves to the exit code. */
export async function selfcheckCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${SELFCHECK_HELP}\n`);
    return 0;
  }
  const { values: v, positionals } = parseFlags(argv, SELFCHECK_FLAGS);
  if (v.worker) return runWorker();
  if (positionals.length > 0)
    throw new KpcError('KPC_USAGE', `unexpected argument "${positionals[0]}" (see kpc selfcheck --help)`);
  if (v.list) {
    process.stdout.write(`${mutantListing().join('\n')}\n`);
    return 0;
  }
  const names = selectMutants(v.only);
  const jobs = intFlag('jobs', v.jobs) ?? Math.min(4, availableParallelism());
  if (jobs < 1) throw new KpcError('KPC_USAGE', '--jobs must be at least 1');
  const runs = intFlag('explore', v.explore) ?? DEFAULT_EXPLORE_RUNS;
  const seed = v.seed === undefined ? SELFCHECK_SEED : Number(v.seed);
  if (!Number.isSafeInteger(seed)) throw new KpcError('KPC_USAGE', `--seed must be an integer (got "${v.seed}")`);
  const casesDir = v.cases ? resolve(v.cases) : DEFAULT_SUITES_DIR;
  const caseCount = loadCases(casesDir).length; // fails fast, with file and line, on a broken case file
  const reportDir = resolve(v['report-dir'] ?? 'reports/selfcheck');
  const workDir = mkdtempSync(join(tmpdir(), 'kpc-selfcheck-'));

  const startedAt = new Date();
  const started = performance.now();
  const err = (l: string) => process.stderr.write(`${l}\n`);
  err(
    `kpc selfcheck: ${caseCount} cases against the reference and ${names.length} mutants, ${jobs} job(s)${runs > 0 ? `; exploration of explore-only and equivalent mutants: ${runs} runs, seed ${seed}` : ''}`,
  );
  let done = 0;
  const all = [REFERENCE.name, ...names];
  try {
    const outcomes = await runInWorkers(
      all,
      jobs,
      casesDir,
      { workDir, concurrency: 8, ...(runs > 0 ? { explore: { runs, seed } } : {}) },
      (o) => {
        done++;
        err(
          `[${String(done).padStart(String(all.length).length)}/${all.length}] ${o.mutant}: ${o.error ? `error: ${o.error}` : `${o.killedBy.length} case(s) failed`} (${(o.durationMs / 1000).toFixed(1)} s)`,
        );
      },
    );
    const [baseline, ...mutants] = outcomes;
    const report: SelfcheckReport = {
      schemaVersion: 1,
      startedAt: startedAt.toISOString(),
      wallMs: performance.now() - started,
      jobs,
      cases: caseCount,
      baseline: baseline!,
      summary: summarize(baseline!, mutants),
      mutants,
    };
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, 'selfcheck.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(reportDir, 'selfcheck.md'), renderMarkdown(report));
    process.stdout.write(`${renderText(report)}\nreport: ${join(reportDir, 'selfcheck.json')}\n`);
    return report.summary.ok ? 0 : 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
