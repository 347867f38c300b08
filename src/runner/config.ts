import { resolve } from 'node:path';
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
  shard: { index: number; count: number } | undefined;
  timeoutMs: number;
  checks: string[] | undefined;
}

/** Typed identity for config files. */
export function defineConfig(c: UserRunConfig): UserRunConfig {
  return c;
}

/** Parses `i/n` (1-based) or throws a usage error naming the flag. */
export function parseShard(s: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(s);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new KpcError('KPC_USAGE', `--shard must be i/n with 1 <= i <= n (got "${s}")`);
  return { index, count };
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
  };
}

/** A glob over case ids: `*` any run of characters, `?` one, `{a,b}` either. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let depth = 0;
  for (const ch of glob) {
    if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else if (ch === '{') (depth++, (out += '(?:'));
    else if (ch === '}' && depth > 0) (depth--, (out += ')'));
    else if (ch === ',' && depth > 0) out += '|';
    else out += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  if (depth !== 0) throw new KpcError('KPC_USAGE', `--only "${glob}" has an unclosed {`);
  return new RegExp(`^${out}$`);
}
