import { defineConfig } from 'vitest/config';

// The conformance run's own vitest config (used by `kpc run`): one worker, cases
// concurrent inside it, no per-test timeout shorter than a slow real region needs.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['suites/*.suite.ts'],
    pool: 'threads',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
    maxConcurrency: Number(process.env.KPC_CONCURRENCY ?? 8),
    passWithNoTests: true,
  },
});
