import { KpcError } from '../errors.ts';
import { htmlReporter } from './html.ts';
import { jsonReporter } from './json-reporter.ts';
import { junitReporter } from './junit.ts';
import { markdownReporter } from './markdown.ts';
import { exchangesReporter } from './exchanges.ts';
import { progressReporter, type ProgressOptions } from './progress.ts';
import { emit, type Reporter } from './reporter.ts';
import type { Report } from './types.ts';

/**
 * Reporters by name, so a run or a merge picks them with `--reporter NAME` (vitest's
 * reporters work the same way). report.json is always written: every other tool reads it.
 */

/** What a reporter may need from the environment. */
export interface ReporterEnv {
  /** $GITHUB_STEP_SUMMARY: report.md is appended to it when set. */
  stepSummary?: string | undefined;
  /** Where the progress reporter writes (the CLI's stderr); without one it stays silent. */
  progress?: ProgressOptions;
}

const FACTORIES: Record<string, (env: ReporterEnv) => Reporter> = {
  json: () => jsonReporter(),
  md: (env) => markdownReporter({ stepSummary: env.stepSummary }),
  junit: () => junitReporter(),
  html: () => htmlReporter(),
  progress: (env) => progressReporter(env.progress ?? { stream: { write: () => true } }),
  exchanges: () => exchangesReporter(),
};

/** Every reporter name. */
export const REPORTER_NAMES = Object.keys(FACTORIES);

/** Reporters that write files when a run ends (what `kpc report merge` writes). */
export const FILE_REPORTERS = ['json', 'md', 'junit', 'html'];

/** The reporters `kpc run` uses when none is named. */
export const DEFAULT_REPORTERS = [...FILE_REPORTERS, 'progress'];

/** Builds reporters by name (json always first); an unknown name is a usage error listing the known ones. */
export function createReporters(names: readonly string[] | undefined, env: ReporterEnv = {}): Reporter[] {
  const wanted =
    names === undefined || names.length === 0
      ? DEFAULT_REPORTERS
      : names
          .flatMap((n) => n.split(','))
          .map((n) => n.trim())
          .filter(Boolean);
  for (const n of wanted)
    if (!FACTORIES[n])
      throw new KpcError('KPC_USAGE', `--reporter ${n}: unknown reporter (known: ${REPORTER_NAMES.join(', ')})`);
  return ['json', ...wanted.filter((n) => n !== 'json')]
    .filter((n, i, a) => a.indexOf(n) === i)
    .map((n) => FACTORIES[n]!(env));
}

/** Writes every file reporter's output for a finished report (a merge has no live run to report on). */
export async function writeReportFiles(report: Report, dir: string, env: ReporterEnv = {}): Promise<void> {
  await emit(createReporters(FILE_REPORTERS, env), 'onRunEnd', [report, dir]);
}
