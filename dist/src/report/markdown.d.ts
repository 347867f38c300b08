import type { Reporter } from './reporter.ts';
import type { Report } from './types.ts';
/**
 * report.md: what a pull request or a CI step summary shows. Verdict and counts first,
 * each failure with its replay (case id, run token, redacted curl), then the rule table.
 */
/** GitHub caps a step summary at 1 MiB; stay well below so the rest of a job's summary fits. */
export declare const STEP_SUMMARY_LIMIT: number;
/** Options for rendering report.md. */
export interface MarkdownOptions {
    /** Failures listed in full; the rest are named only (default 50). */
    maxFailures?: number;
}
/** Renders report.md. */
export declare function renderMarkdown(r: Report, opts?: MarkdownOptions): string;
/** Renders report.md within `limit` bytes, listing fewer failures in full until it fits. */
export declare function renderMarkdownWithin(r: Report, limit: number): string;
/** Writes report.md, and appends it to `stepSummary` (GitHub's $GITHUB_STEP_SUMMARY) when given. */
export declare function markdownReporter(opts?: {
    stepSummary?: string | undefined;
}): Reporter;
