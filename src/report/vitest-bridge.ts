import type { TestCase } from 'vitest/node';
import type { CaseResult } from '../runner/result.ts';
import { emit, type Reporter } from './reporter.ts';

/** The key under which the suite stores a case's result in vitest's task meta. */
export const META_KEY = 'kpcResult';

/**
 * A vitest reporter that forwards each finished case's result to our reporters, so the
 * run's progress and reports see results as they happen, in the main process.
 */
export function vitestBridge(reporters: readonly Reporter[]): { onTestCaseResult(t: TestCase): Promise<void> } {
  return {
    async onTestCaseResult(t: TestCase) {
      const r = (t.meta() as Record<string, unknown>)[META_KEY] as CaseResult | undefined;
      if (r) await emit(reporters, 'onCaseResult', r);
    },
  };
}
