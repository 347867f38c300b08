import type { Reporter } from './reporter.ts';
import type { Report } from './types.ts';
/** Renders junit.xml. */
export declare function renderJunit(r: Report): string;
/** Writes junit.xml next to report.json. */
export declare function junitReporter(): Reporter;
