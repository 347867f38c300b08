/** Public API of a conformance run: configure, run, and get the report. */
export { defineConfig, resolveRunConfig } from './config.js';
export { preflight, preflightProblem } from './preflight.js';
export { loadSelection, prepareReportDir, runConformance } from './run.js';
export { EMBEDDED_RESOURCE_GROUP, openTarget, runClient } from './target.js';
