import { appendFileSync, readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import {
  createClient,
  credentialsFromEnv,
  DUMMY_CREDENTIALS,
  resolveTarget,
  type EcsClient,
  type Exchange,
} from '../client/index.ts';
import { loadCases, type LoadedCase } from '../cases/load.ts';
import { selectChecks } from '../checks/checks.ts';
import { KpcError } from '../errors.ts';
import { defaultSpec } from '../spec/load.ts';
import { globToRegExp } from './config.ts';
import { runCase, type RunContext } from './execute.ts';
import { Ledger } from './ledger.ts';
import type { RunPlan } from './plan.ts';
import type { CaseResult } from './result.ts';
import { inShard } from './shard.ts';
import { prefetchingKeyFactory, slowKeyDemand } from './key-pool.ts';

/**
 * What a vitest worker builds from a plan: the selected cases, one signed client and a
 * `run` that executes a case and appends its result to results.jsonl for the reporters.
 */
export interface Runtime {
  cases: LoadedCase[];
  run(c: LoadedCase): Promise<CaseResult>;
  close(): Promise<void>;
}

/** Cases of `dir` selected by --only and --shard. */
export function selectCases(plan: Pick<RunPlan, 'casesDir' | 'config'>): LoadedCase[] {
  const only = plan.config.only ? globToRegExp(plan.config.only) : undefined;
  const shard = plan.config.shard;
  return loadCases(plan.casesDir).filter(
    (c) => (!only || only.test(c.id)) && (!shard || inShard(c, shard.index, shard.count)),
  );
}

/** The client a run uses: the plan's target, credentials from the environment (a dummy pair on loopback). */
export function runClient(plan: RunPlan): EcsClient {
  const target = resolveTarget({ url: plan.targetUrl, region: plan.config.region });
  const credentials = credentialsFromEnv() ?? (target.loopback ? DUMMY_CREDENTIALS : undefined);
  if (!credentials)
    throw new KpcError(
      'KPC_CONFIG',
      `no credentials for ${target.url.origin}: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET`,
    );
  const connections = Math.max(plan.config.concurrency, 8);
  // Adaptive concurrency keeps cases alive under throttling; KPC_ADAPTIVE=off is the bench's baseline.
  const adaptive = process.env.KPC_ADAPTIVE === 'off' ? false : { max: connections };
  return createClient({
    target,
    credentials,
    signature: plan.config.signature,
    timeoutMs: plan.config.timeoutMs,
    connections,
    adaptive,
    onExchange: benchRecorder(),
    regionEndpoints: defaultSpec().regions,
  });
}

/** KPC_RECORD_EXCHANGES=FILE appends every exchange (redacted) as a JSON line: bench/ replays them. */
function benchRecorder(): ((ex: Exchange) => void) | undefined {
  const file = process.env.KPC_RECORD_EXCHANGES;
  if (!file) return undefined;
  return (ex) => {
    const end = performance.timeOrigin + performance.now();
    appendFileSync(
      file,
      `${JSON.stringify({ start: end - ex.durationMs, end, pid: process.pid, thread: threadId, action: ex.action, attempts: ex.attempts, status: ex.response?.status, request: ex.request })}\n`,
    );
  };
}

/** Builds the runtime for a plan. */
export function createRuntime(plan: RunPlan): Runtime {
  const client = runClient(plan);
  const cases = plan.casesFile ? (JSON.parse(readFileSync(plan.casesFile, 'utf8')) as LoadedCase[]) : selectCases(plan);
  let serial = 0;
  const ctx: RunContext = {
    client,
    ledger: new Ledger(plan.ledgerPath, plan.token),
    token: plan.token,
    builtins: plan.builtins,
    capabilities: new Set(plan.capabilities),
    checks: selectChecks(plan.config.checks),
    concurrency: plan.config.concurrency,
    nextSerial: () => serial++,
    random: Math.random,
    keyFactory: prefetchingKeyFactory(slowKeyDemand(cases)),
  };
  return {
    cases,
    async run(c) {
      const r = await runCase(c, ctx);
      appendFileSync(plan.resultsPath, `${JSON.stringify(r)}\n`);
      return r;
    },
    close: () => client.close(),
  };
}
