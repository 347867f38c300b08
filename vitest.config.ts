import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; end-to-end tests in test/e2e. The conformance
// suite itself (suites/*.suite.ts) runs only through `kpc run`, which injects a target.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'emulator/**/*.test.ts',
      'generators/**/*.test.ts',
      'bench/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
