import { resolve } from 'node:path';
import { DEFAULT_SUITES_DIR } from '../cases/load.ts';
import { parseShard, type Shard } from '../cases/select.ts';
import { DEFAULT_CASE_RETRIES } from '../engine/index.ts';
import { KpcError } from '../errors.ts';

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
export function defineConfig(c: UserRunConfig): UserRunConfig {
  return c;
}

/** Fills in defaults and validates; every error names the option. */
export function resolveRunConfig(u: UserRunConfig, cwd = process.cwd()): RunConfig {
  const concurrency = u.concurrency ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)
    throw new KpcError('KPC_USAGE', `--concurrency must be an integer from 1 to 256 (got ${u.concurrency})`);
  const timeoutMs = u.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 100)
    throw new KpcError('KPC_USAGE', `--timeout must be at least 100 ms (got ${u.timeoutMs})`);
  const signature = u.signature ?? 'v3';
  if (signature !== 'v3' && signature !== 'v1')
    throw new KpcError('KPC_USAGE', `--signature must be v3 or v1 (got "${String(signature)}")`);
  const region = u.region ?? 'cn-hangzhou';
  const secondRegion = u.secondRegion ?? 'cn-shanghai';
  if (secondRegion === region)
    throw new KpcError('KPC_USAGE', `--second-region must differ from --region (both are ${region})`);
  return {
    target: u.target,
    region,
    secondRegion,
    resourceGroup: u.resourceGroup,
    quotaTest: u.quotaTest,
    signature,
    concurrency,
    reportDir: resolve(cwd, u.reportDir ?? 'reports/latest'),
    only: u.only,
    shard: u.shard === undefined ? undefined : parseShard(u.shard),
    timeoutMs,
    checks: u.checks,
    casesDir: u.cases === undefined ? DEFAULT_SUITES_DIR : resolve(cwd, u.cases),
    caseRetries: checkedRetries(u.caseRetries),
    adaptive: u.adaptive ?? true,
  };
}

function checkedRetries(n: number | undefined): number {
  const retries = n ?? DEFAULT_CASE_RETRIES;
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw new KpcError('KPC_USAGE', `--case-retries must be a whole number from 0 to 10 (got ${n})`);
  }
  return retries;
}
