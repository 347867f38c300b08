import { type ProgressOptions } from './progress.ts';
import { type Reporter } from './reporter.ts';
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
/** Every reporter name. */
export declare const REPORTER_NAMES: string[];
/** Reporters that write files when a run ends (what `kpc report merge` writes). */
export declare const FILE_REPORTERS: string[];
/** The reporters `kpc run` uses when none is named. */
export declare const DEFAULT_REPORTERS: string[];
/** Builds reporters by name (json always first); an unknown name is a usage error listing the known ones. */
export declare function createReporters(names: readonly string[] | undefined, env?: ReporterEnv): Reporter[];
/** Writes every file reporter's output for a finished report (a merge has no live run to report on). */
export declare function writeReportFiles(report: Report, dir: string, env?: ReporterEnv): Promise<void>;
