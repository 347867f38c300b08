/** Public API of a conformance run: configure, run, and get the report. */
export { defineConfig, resolveRunConfig, type RunConfig, type UserRunConfig } from './config.ts';
export { preflight, preflightProblem } from './preflight.ts';
export { loadSelection, prepareReportDir, runConformance } from './run.ts';
export type { ConformanceOptions, ConformanceRun } from './run.ts';
export { EMBEDDED_RESOURCE_GROUP, openTarget, runClient, type RunTarget } from './target.ts';
