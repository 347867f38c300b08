import type { TestCase, TestModule } from 'vitest/node';
import { META_KEY } from './vitest-bridge.ts';

/**
 * When vitest's own reporter is off (the default: our progress reporter speaks instead),
 * errors that are not case results would vanish: a suite file that fails to load, an
 * unhandled rejection, a test that crashed before judging its case. This vitest reporter
 * prints exactly those, and nothing else.
 */

interface ErrorLike {
  message?: string;
  stack?: string;
  name?: string;
}

function describe(e: ErrorLike): string {
  return e.stack ?? `${e.name ?? 'Error'}: ${e.message ?? String(e)}`;
}

/** A vitest reporter printing only errors that no case result carries. */
export function vitestErrors(out: { write(s: string): unknown } = process.stderr): {
  onTestCaseResult(t: TestCase): void;
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<ErrorLike>): void;
} {
  return {
    onTestCaseResult(t) {
      const r = t.result();
      const judged = (t.meta() as Record<string, unknown>)[META_KEY] !== undefined;
      if (r.state === 'failed' && !judged) for (const e of r.errors) out.write(`error in ${t.name}: ${describe(e)}\n`);
    },
    onTestRunEnd(modules, unhandled) {
      for (const m of modules) for (const e of m.errors()) out.write(`error loading ${m.moduleId}: ${describe(e)}\n`);
      for (const e of unhandled) out.write(`unhandled error: ${describe(e)}\n`);
    },
  };
}
