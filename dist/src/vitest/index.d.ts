import { type UserRunConfig } from '../conformance/index.ts';
/** The suite's options: a run's configuration, and the name of the describe block. */
export interface ConformanceSuiteOptions extends UserRunConfig {
    /** The describe block's name (default "ImportKeyPair conformance"). */
    name?: string;
    /** Each test's timeout in ms; a case waits for the run, so the default is long (30 minutes). */
    timeoutMs?: number;
}
/** Declares one vitest test a selected case, all judged by one engine run against the configured target. */
export declare function conformanceSuite(options?: ConformanceSuiteOptions): void;
export { defineConfig, type UserRunConfig } from '../conformance/index.ts';
