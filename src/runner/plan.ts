import type { Requirement } from '../cases/types.ts';
import { KpcError } from '../errors.ts';
import type { RunConfig } from './config.ts';

/**
 * The plan a run hands to its vitest worker through the environment (`KPC_RUN`): the
 * resolved config, the target, the run token and where to write. No secret is in it;
 * credentials travel in the usual ALIBABA_CLOUD_* variables.
 */

export const PLAN_ENV = 'KPC_RUN';

/** Everything a worker needs to run cases. */
export interface RunPlan {
  config: RunConfig;
  targetUrl: string;
  token: string;
  ledgerPath: string;
  resultsPath: string;
  casesDir: string;
  /**
   * The selected cases, already loaded and validated by `kpc run`, as JSON: the worker
   * reads them instead of parsing and validating every YAML file a second time.
   */
  casesFile?: string;
  capabilities: Requirement[];
  builtins: Record<string, string>;
}

/** Serialises a plan for the worker's environment. */
export function encodePlan(p: RunPlan): string {
  return JSON.stringify(p);
}

/** Reads the plan from the environment, or explains how to run the suite. */
export function planFromEnv(env: NodeJS.ProcessEnv = process.env): RunPlan {
  const raw = env[PLAN_ENV];
  if (!raw)
    throw new KpcError(
      'KPC_CONFIG',
      `${PLAN_ENV} is not set: run the suite with \`kpc run\` (or \`npm run conformance\`), which starts a target and plans the run`,
    );
  try {
    return JSON.parse(raw) as RunPlan;
  } catch (cause) {
    throw new KpcError('KPC_CONFIG', `${PLAN_ENV} is not valid JSON`, { cause });
  }
}
