import type { Reporter } from './reporter.ts';
/** Writes report.json, the machine-readable result every other tool reads. */
export declare function jsonReporter(): Reporter;
