import type { Reporter } from './reporter.ts';
import type { Report } from './types.ts';
/** Renders report.html. */
export declare function renderHtml(r: Report): string;
/** Writes report.html next to report.json. */
export declare function htmlReporter(): Reporter;
