import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests live beside the code; end-to-end tests in test/e2e. test/fixtures/consumer is
// a user's project of its own (test/e2e/package.test.ts runs it), not part of this run.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'emulator/**/*.test.ts',
      'generators/**/*.test.ts',
      'bench/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: [...configDefaults.exclude, 'test/fixtures/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});
