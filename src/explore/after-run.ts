/**
 * `kpc run --explore N`: exploration after the suite, inside the same run. It runs after
 * the suite's teardown (the quota case leaves a region full until then), with the run's
 * token, ledger and client, and tears down again from the same ledger afterwards.
 */
import type { RunPlan } from '../runner/plan.ts';
import type { CaseResult } from '../runner/result.ts';
import { runClient } from '../runner/runtime.ts';
import { Ledger } from '../runner/ledger.ts';
import { teardown, type TeardownResult } from '../runner/teardown.ts';
import { defaultSpec } from '../spec/load.ts';
import { explore, exploreCaseResults, randomSeed, type ExploreResult } from './explore.ts';
import { DEFAULT_FOUND_DIR } from './found-case.ts';

/** The run's name counter starts far above the suite's, so no name of the suite comes back. */
const SERIAL_BASE = 36 ** 4;

/** What `kpc run --explore` adds to a run. */
export interface RunExploration {
  result: ExploreResult;
  /** One CaseResult a property, for report.json. */
  results: CaseResult[];
  teardown: TeardownResult;
}

/** Explores the plan's target with `runs` runs per property, then tears down from the run's ledger. */
export async function exploreAfterRun(
  plan: RunPlan,
  options: { runs: number; seed?: number; foundDir?: string },
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<RunExploration> {
  const seed = options.seed ?? randomSeed();
  const foundDir = options.foundDir ?? DEFAULT_FOUND_DIR;
  log(
    `exploration: ${options.runs} runs per property, seed ${seed} (replay with --explore ${options.runs} --seed ${seed})`,
  );
  const client = runClient(plan);
  const ledger = new Ledger(plan.ledgerPath, plan.token);
  let serial = SERIAL_BASE;
  try {
    const result = await explore(
      {
        client,
        ledger,
        token: plan.token,
        region: plan.config.region,
        secondRegion: plan.config.secondRegion,
        spec: defaultSpec(),
        nextSerial: () => serial++,
        random: Math.random,
      },
      { runs: options.runs, seed, foundDir },
    );
    for (const p of result.properties) {
      const f = p.finding;
      log(
        `  ${p.property}: ${p.status}${f ? `: expected ${f.expected}, got ${f.actual}; shrunk to ${f.counterexample}${f.file ? `; written to ${f.file}` : ''}` : p.reason ? ` (${p.reason})` : ''}`,
      );
    }
    return { result, results: exploreCaseResults(result), teardown: await teardown(client, ledger) };
  } finally {
    await client.close();
  }
}

/** One teardown result for a run torn down twice (after the suite, after exploration). */
export function mergeTeardown(first: TeardownResult | undefined, second: TeardownResult): TeardownResult {
  if (first === undefined) return second;
  // The second pass reads the whole ledger, so its `created` already counts the suite's key pairs.
  return {
    created: second.created,
    deleted: first.deleted + second.deleted,
    leaked: second.leaked,
    requests: first.requests + second.requests,
    errors: [...first.errors, ...second.errors],
  };
}
