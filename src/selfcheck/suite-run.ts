/**
 * Runs the suite in-process against one emulator: the runner core (runCase) with a fresh
 * client, shared cases concurrently, then exclusive ones (the quota) one at a time, as
 * `kpc run` orders them. Every import is ledgered like in a run; the emulator is thrown
 * away afterwards, so there is nothing to tear down.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedCase } from '../cases/load.ts';
import type { Requirement } from '../cases/types.ts';
import { selectChecks } from '../checks/checks.ts';
import { createClient, DUMMY_CREDENTIALS, resolveTarget } from '../client/index.ts';
import { runCase, type RunContext } from '../runner/execute.ts';
import { Ledger } from '../runner/ledger.ts';
import { mapLimit } from '../runner/pool.ts';
import type { CaseResult, CaseStatus } from '../runner/result.ts';
import { newRunToken } from '../runner/token.ts';

/** The regions and resource group a self-check run uses (the embedded emulator's defaults). */
export const SELFCHECK_TARGET = {
  region: 'cn-hangzhou',
  secondRegion: 'cn-shanghai',
  resourceGroup: 'rg-kpcselfcheck0001',
} as const;

/** A case's outcome as the kill matrix needs it. */
export interface CaseVerdict {
  id: string;
  status: CaseStatus;
  brokenRules: string[];
  /** The first mismatch, one line (for failed cases), or the reason (inconclusive). */
  detail?: string;
}

/** Options of one suite run. */
export interface SuiteRunOptions {
  url: string;
  cases: readonly LoadedCase[];
  /** Cases in flight at once (default 8). */
  concurrency?: number;
  /** Where the run's ledger goes (removed afterwards). */
  workDir: string;
  /** The runner's key factory (a cache shared across mutant runs); default fresh keys. */
  keyFactory?: RunContext['keyFactory'];
}

function detailOf(r: CaseResult): string | undefined {
  if (r.status === 'inconclusive') return r.reason;
  if (r.status !== 'failed') return undefined;
  const m = r.steps.flatMap((s) => s.mismatches)[0];
  return m === undefined
    ? undefined
    : `${m.path}: expected ${m.expected}, got ${JSON.stringify(m.actual)?.slice(0, 120)}`;
}

/**
 * runCase, with a case that throws (a response so far off that a later step cannot even be
 * built) turned into an inconclusive result: `kpc run` would report it as not run, which
 * is not a kill either.
 */
async function guarded(c: LoadedCase, ctx: RunContext): Promise<CaseResult> {
  try {
    return await runCase(c, ctx);
  } catch (e) {
    return {
      id: c.id,
      title: c.title,
      file: c.file,
      rules: c.rules,
      evidence: c.evidence,
      polarity: c.polarity,
      scenario: c.scenario,
      errorRow: c.errorRow,
      status: 'inconclusive',
      reason: `the case could not run: ${(e as Error).message}`,
      brokenRules: [],
      steps: [],
      durationMs: 0,
      requests: 0,
    };
  }
}

/** Runs `cases` against the emulator at `url` and returns one verdict a case. */
export async function runSuite(options: SuiteRunOptions): Promise<CaseVerdict[]> {
  const concurrency = options.concurrency ?? 8;
  const token = newRunToken();
  mkdirSync(options.workDir, { recursive: true });
  const ledgerPath = join(options.workDir, `ledger-${token}.jsonl`);
  // Dummy credentials always: a self-check never sends the user's real ones to a mutant.
  const client = createClient({
    target: resolveTarget({ url: options.url, region: SELFCHECK_TARGET.region }),
    credentials: DUMMY_CREDENTIALS,
    timeoutMs: 30_000,
    connections: Math.max(concurrency, 8),
  });
  let serial = 0;
  const capabilities: Requirement[] = ['resource-group', 'second-region', 'quota-test'];
  const ctx: RunContext = {
    client,
    ledger: new Ledger(ledgerPath, token),
    token,
    builtins: {
      region: SELFCHECK_TARGET.region,
      secondRegion: SELFCHECK_TARGET.secondRegion,
      resourceGroup: SELFCHECK_TARGET.resourceGroup,
      unknownRegion: 'xx-kpc-nowhere-1',
      unknownResourceGroup: `rg-${token}`,
    },
    capabilities: new Set(capabilities),
    checks: selectChecks(),
    concurrency,
    nextSerial: () => serial++,
    random: Math.random,
    ...(options.keyFactory ? { keyFactory: options.keyFactory } : {}),
  };
  try {
    const shared = await mapLimit(
      options.cases.filter((c) => !c.exclusive),
      concurrency,
      (c) => guarded(c, ctx),
    );
    const exclusive = await mapLimit(
      options.cases.filter((c) => c.exclusive),
      1,
      (c) => guarded(c, ctx),
    );
    return [...shared, ...exclusive].map((r) => {
      const v: CaseVerdict = { id: r.id, status: r.status, brokenRules: r.brokenRules };
      const detail = detailOf(r);
      if (detail !== undefined) v.detail = detail;
      return v;
    });
  } finally {
    await client.close();
    rmSync(ledgerPath, { force: true });
  }
}
