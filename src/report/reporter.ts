import type { LoadedCase } from '../cases/load.ts';
import type { CaseResult } from '../runner/result.ts';
import type { Report } from './types.ts';

/**
 * Reporters are named, optional hooks: the run emits events and knows no reporter
 * (vitest's reporters). Each hook may be async; a reporter that throws is reported on
 * stderr and never changes the verdict.
 */

/** What a reporter is told when the run starts. */
export interface RunStart {
  cases: readonly LoadedCase[];
  reportDir: string;
  targetUrl: string;
}

/** A named set of optional hooks. */
export interface Reporter {
  name: string;
  onRunStart?(e: RunStart): void | Promise<void>;
  onCaseResult?(r: CaseResult): void | Promise<void>;
  onRunEnd?(report: Report, reportDir: string): void | Promise<void>;
}

/** Calls one hook on every reporter, isolating failures. */
export async function emit<K extends 'onRunStart' | 'onCaseResult' | 'onRunEnd'>(
  reporters: readonly Reporter[],
  hook: K,
  ...args: Parameters<NonNullable<Reporter[K]>>
): Promise<void> {
  for (const r of reporters) {
    const fn = r[hook] as ((...a: unknown[]) => void | Promise<void>) | undefined;
    if (!fn) continue;
    try {
      await fn.apply(r, args);
    } catch (e) {
      process.stderr.write(`reporter ${r.name} failed in ${hook}: ${(e as Error).message}\n`);
    }
  }
}
