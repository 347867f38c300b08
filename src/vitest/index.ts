/**
 * The conformance suite as vitest tests: someone building an emulator puts it into their own
 * vitest run with a few lines. One test a case; the engine runs the whole selection once
 * (its order, its concurrency, its teardown) and each test reports its case's verdict.
 *
 *   // test/conformance.test.ts
 *   import { conformanceSuite } from 'keypair-conformance/vitest';
 *   conformanceSuite({ target: 'http://127.0.0.1:8080', only: 'ikp-name-*' });
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import {
  loadSelection,
  resolveRunConfig,
  runConformance,
  type ConformanceRun,
  type UserRunConfig,
} from '../conformance/index.ts';
import type { CaseResult } from '../engine/index.ts';
import { formatFailure } from '../report/failures.ts';
import { findingLine, findingsOf } from '../report/findings.ts';
import { jsonReporter } from '../report/json-reporter.ts';

/** The suite's options: a run's configuration, and the name of the describe block. */
export interface ConformanceSuiteOptions extends UserRunConfig {
  /** The describe block's name (default "ImportKeyPair conformance"). */
  name?: string;
  /** Each test's timeout in ms; a case waits for the run, so the default is long (30 minutes). */
  timeoutMs?: number;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {}); // a run that fails before a case ends is reported by that case's test
  return { promise, resolve, reject };
}

/** Declares one vitest test a selected case, all judged by one engine run against the configured target. */
export function conformanceSuite(options: ConformanceSuiteOptions = {}): void {
  const { name = 'ImportKeyPair conformance', timeoutMs = 30 * 60_000, ...user } = options;
  const config = resolveRunConfig({ reportDir: 'reports/vitest', ...user });
  const cases = loadSelection(config);
  const results = new Map(cases.map((c) => [c.id, deferred<CaseResult>()]));
  let run: Promise<ConformanceRun> | undefined;
  const start = (): Promise<ConformanceRun> => {
    run ??= runConformance(config, {
      listeners: [(e) => void (e.type === 'case-end' && results.get(e.result.id)?.resolve(e.result))],
    }).catch((e: unknown) => {
      for (const d of results.values()) d.reject(e);
      throw e;
    });
    return run;
  };
  describe(name, () => {
    beforeAll(() => void start().catch(() => {}));
    afterAll(async () => {
      const { report } = await start();
      await jsonReporter().onRunEnd?.(report, config.reportDir);
      const findings = findingsOf(report);
      if (findings.length > 0) throw new Error(findings.map((f) => findingLine(f)).join('\n'));
      const leaked = report.resources.leaked;
      if (leaked.length > 0)
        throw new Error(`key pairs remain on the target: ${leaked.map((l) => `${l.region}/${l.name}`).join(', ')}`);
    }, timeoutMs);
    test.for(cases.map((c) => [c.id] as const))('%s', { timeout: timeoutMs }, async ([id], ctx) => {
      const r = await results.get(id)!.promise;
      if (r.status === 'skipped') ctx.skip(r.reason);
      if (r.status === 'inconclusive') ctx.skip(`inconclusive: ${r.reason ?? ''}`);
      if (r.status === 'failed') throw new Error(formatFailure(r));
    });
  });
}

export { defineConfig, type UserRunConfig } from '../conformance/index.ts';
