import { type Shard } from '../cases/select.ts';
/**
 * Run configuration: a typed defineConfig() and one function that turns partial user
 * input into a fully resolved config (vitest's defineConfig and defaults).
 */
/** What a user may set for a run. */
export interface UserRunConfig {
    /** Target URL; absent → the embedded emulator on an ephemeral loopback port. */
    target?: string;
    region?: string;
    secondRegion?: string;
    resourceGroup?: string;
    /** Run the quota scenario (fills a region to 500). Default: only for loopback targets. */
    quotaTest?: boolean;
    signature?: 'v3' | 'v1';
    concurrency?: number;
    reportDir?: string;
    /** Glob over case ids (`*` any characters), e.g. `ikp-name-*`. */
    only?: string;
    /** `i/n`: run the i-th of n shards. */
    shard?: string;
    timeoutMs?: number;
    checks?: string[];
    /** Case files to run instead of the shipped suites/. */
    cases?: string;
    /** Re-runs of a case that met an infrastructure fault (default 2). */
    caseRetries?: number;
    /** Pace requests with the adaptive limiter under throttling (default true). */
    adaptive?: boolean;
}
/** A fully resolved run configuration. */
export interface RunConfig {
    target: string | undefined;
    region: string;
    secondRegion: string | undefined;
    resourceGroup: string | undefined;
    quotaTest: boolean | undefined;
    signature: 'v3' | 'v1';
    concurrency: number;
    reportDir: string;
    only: string | undefined;
    shard: Shard | undefined;
    timeoutMs: number;
    checks: string[] | undefined;
    casesDir: string;
    caseRetries: number;
    adaptive: boolean;
}
/** Typed identity for config files. */
export declare function defineConfig(c: UserRunConfig): UserRunConfig;
/** Fills in defaults and validates; every error names the option. */
export declare function resolveRunConfig(u: UserRunConfig, cwd?: string): RunConfig;
