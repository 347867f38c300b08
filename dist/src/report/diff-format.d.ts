import type { ReportDiff } from './diff.ts';
/** Renders a diff as Markdown: a headline, one table per drifted case, then the informational lists. */
export declare function renderDiffMarkdown(d: ReportDiff): string;
