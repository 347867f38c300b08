import { mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DUMMY_CREDENTIALS, isLoopbackHost } from '../client/index.ts';
import { DEFAULT_SUITES_DIR } from '../cases/load.ts';
import type { Requirement } from '../cases/types.ts';
import { KpcError } from '../errors.ts';
import { buildReport } from '../report/build.ts';
import type { Report } from '../report/types.ts';
import { emit, type Reporter } from '../report/reporter.ts';
import { readReportFile } from '../report/load-report.ts';
import { parityOf } from '../report/parity.ts';
import { createReporters, DEFAULT_REPORTERS } from '../report/registry.ts';
import { vitestErrors } from '../report/vitest-errors.ts';
import { vitestBridge } from '../report/vitest-bridge.ts';
import { resolveRunConfig, type RunConfig } from '../runner/config.ts';
import { formatFailure } from '../runner/format.ts';
import { liveRecords, readLedger, Ledger } from '../runner/ledger.ts';
import { encodePlan, PLAN_ENV, type RunPlan } from '../runner/plan.ts';
import type { CaseResult } from '../runner/result.ts';
import { runClient, selectCases } from '../runner/runtime.ts';
import { teardown, type TeardownResult } from '../runner/teardown.ts';
import { newRunToken } from '../runner/token.ts';
import { defaultSpec } from '../spec/load.ts';
import { flagHelp, intFlag, parseFlags, type FlagSpec } from './flags.ts';
import { parseExploreFlags } from '../explore/flags.ts';
import { version } from './main.ts';

/** The flags of `kpc run`. */
export const RUN_FLAGS = {
  target: {
    type: 'string',
    placeholder: 'URL',
    help: 'target endpoint (default: the embedded emulator on an ephemeral loopback port)',
  },
  region: { type: 'string', placeholder: 'R', help: 'primary region (default cn-hangzhou)' },
  'second-region': {
    type: 'string',
    placeholder: 'R',
    help: 'second region for per-region cases (default cn-shanghai)',
  },
  'resource-group': {
    type: 'string',
    placeholder: 'ID',
    help: 'an existing resource group, enables the positive resource-group cases',
  },
  'quota-test': {
    type: 'boolean',
    help: 'run the quota scenario (fills a region to 500); always on for loopback targets',
  },
  signature: { type: 'string', placeholder: 'v3|v1', help: 'signature version (default v3, like the official SDK)' },
  concurrency: { type: 'string', placeholder: 'N', help: 'cases in flight at once (default 8)' },
  'report-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: 'where report.json and ledger.jsonl go (default reports/latest)',
  },
  cases: { type: 'string', placeholder: 'DIR', help: 'case files to run (default: the shipped suites/)' },
  only: { type: 'string', placeholder: 'GLOB', help: 'run only cases whose id matches, e.g. "ikp-name-*"' },
  shard: { type: 'string', placeholder: 'i/n', help: 'run the i-th of n shards (the quota scenario is in shard 1)' },
  timeout: { type: 'string', placeholder: 'MS', help: 'per-request timeout (default 30000)' },
  baseline: {
    type: 'string',
    placeholder: 'FILE',
    help: 'also judge parity with a recorded baseline (kpc record); a drift exits 1',
  },
  reporter: {
    type: 'string',
    multiple: true,
    placeholder: 'NAME',
    help: `reporters (repeatable; default ${DEFAULT_REPORTERS.join(', ')}; json always)`,
  },
  verbose: { type: 'boolean', help: "show vitest's own per-test output instead of the progress line" },
  explore: {
    type: 'string',
    placeholder: 'N',
    help: 'after the suite, explore with N property runs each (names, tags, bodies, import/describe/delete)',
  },
  seed: { type: 'string', placeholder: 'S', help: 'exploration seed (default random, printed)' },
  'found-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: 'where exploration writes found cases (default suites/found)',
  },
} satisfies Record<string, FlagSpec>;

/** Help for `kpc run --help`. */
export const RUN_HELP = `Usage: kpc run [options]\n\n${flagHelp(RUN_FLAGS)}\n\nExit codes: 0 conformant, 1 non-conformant, 2 usage or configuration error, 3 inconclusive.`;

interface Target {
  url: string;
  embedded: boolean;
  resourceGroup: string | undefined;
  close(): Promise<void>;
}

async function startTarget(config: RunConfig): Promise<Target> {
  if (config.target)
    return { url: config.target, embedded: false, resourceGroup: config.resourceGroup, close: async () => {} };
  const { startEmulator } = await import('../../emulator/server.ts');
  const resourceGroup = config.resourceGroup ?? 'rg-kpcembedded0001';
  const emu = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    accessKeys: { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret },
    resourceGroups: [resourceGroup],
  });
  return { url: emu.url, embedded: true, resourceGroup, close: () => emu.close() };
}

const AUTH_CODES = new Set([
  'InvalidAccessKeyId.NotFound',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'Forbidden.RAM',
  'InvalidAccessKeyId.Inactive',
  'InvalidSecurityToken.Expired',
]);

/** One read before anything is written: is the target there, and does it accept our credentials? */
async function preflight(plan: RunPlan): Promise<void> {
  const client = runClient(plan);
  try {
    const ex = await client.call('DescribeKeyPairs', { RegionId: plan.config.region, PageSize: '1' });
    const code = (ex.response?.body as { Code?: string } | undefined)?.Code;
    if (code && AUTH_CODES.has(code))
      throw new KpcError(
        'KPC_CONFIG',
        `the target rejected the credentials: ${ex.response?.status} ${code}. Check ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET and the RAM policy (README, "Running against Alibaba Cloud")`,
      );
  } catch (e) {
    if (e instanceof KpcError && e.code !== 'KPC_CONFIG')
      throw new KpcError('KPC_TARGET_UNREACHABLE', `target ${plan.targetUrl} is unreachable: ${e.message}`, {
        cause: e,
      });
    throw e;
  } finally {
    await client.close();
  }
}

function readResults(path: string): CaseResult[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as CaseResult];
      } catch {
        return [];
      }
    });
}

async function runVitest(
  plan: RunPlan,
  reporters: readonly Reporter[],
  onStart: (cancel: () => Promise<void>) => void,
  verbose = false,
): Promise<void> {
  const { createVitest } = await import('vitest/node');
  process.env[PLAN_ENV] = encodePlan(plan);
  process.env.KPC_CONCURRENCY = String(plan.config.concurrency);
  const ours = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const vitest = await createVitest(
    'test',
    {
      config: join(DEFAULT_SUITES_DIR, 'vitest.config.ts'),
      watch: false,
      // Our progress reporter speaks by default; vitest's own output only with --verbose.
      reporters: [...(verbose ? [process.env.CI ? 'dot' : 'default'] : []), vitestErrors(), vitestBridge(reporters)],
    },
    {},
    { stdout: process.stderr, stderr: process.stderr },
  );
  // Vitest exits the process on SIGINT/SIGTERM, which would skip teardown and leave key
  // pairs in the account: during the run, only our handlers (cancel, then clean up) listen.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    for (const l of process.listeners(sig)) if (!ours[sig].includes(l)) process.off(sig, l);
  }
  onStart(() => vitest.cancelCurrentRun('keyboard-input'));
  try {
    await vitest.start();
  } finally {
    await vitest.close();
  }
}

function printSummary(r: Report, reportPath: string): void {
  const out = process.stdout;
  for (const c of r.cases.filter((x) => x.status === 'failed')) out.write(`\nFAIL ${formatFailure(c)}\n`);
  const s = r.summary;
  out.write(`\n${r.verdict.toUpperCase()}: ${r.verdictReason}\n`);
  out.write(
    `cases: ${s.passed} passed, ${s.failed} failed, ${s.inconclusive} inconclusive, ${s.skipped} skipped, ${s.observations} observations; ${s.requests} requests\n`,
  );
  const holes = r.coverage.holes;
  if (holes.length > 0)
    out.write(
      `coverage holes (${holes.length}): ${holes.slice(0, 5).join('; ')}${holes.length > 5 ? '; … (see the report)' : ''}\n`,
    );
  out.write(
    `resources: ${r.resources.created} created, ${r.resources.deleted} deleted, ${r.resources.leaked.length} leaked\n`,
  );
  if (r.parity)
    out.write(
      `parity with the baseline (${r.parity.baseline.target}, recorded ${r.parity.baseline.date}): ${r.parity.verdict.toUpperCase()}${r.parity.drifted.length > 0 ? `: ${r.parity.drifted.length} case(s) drifted: ${r.parity.drifted.join(', ')}` : ''} (${r.parity.compared} compared)\n`,
    );
  if (r.resources.leaked.length > 0)
    out.write(
      `WARNING: key pairs remain on the target; run: kpc sweep --target ${r.target.url} --region ${r.target.region} --report-dir <dir>\n`,
    );
  out.write(`report: ${reportPath}\n`);
}

/** The reporters a run uses, by name; report.json always. With --verbose vitest's output replaces the progress line. */
function defaultReporters(names: string[] | undefined, verbose: boolean | undefined): Reporter[] {
  return createReporters(names, { stepSummary: process.env.GITHUB_STEP_SUMMARY }).filter(
    (r) => !(verbose && r.name === 'progress'),
  );
}

/** `kpc run`: plan, start the target if embedded, run the suite, tear down, report, exit code. */
export async function runCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${RUN_HELP}\n`);
    return 0;
  }
  const { values: v, positionals } = parseFlags(argv, RUN_FLAGS);
  if (positionals.length > 0)
    throw new KpcError(
      'KPC_USAGE',
      `unexpected argument "${positionals[0]}" (flags start with --; see kpc run --help)`,
    );
  const config = resolveRunConfig({
    target: v.target,
    region: v.region,
    secondRegion: v['second-region'],
    resourceGroup: v['resource-group'],
    quotaTest: v['quota-test'],
    signature: v.signature as 'v3' | 'v1' | undefined,
    concurrency: intFlag('concurrency', v.concurrency),
    reportDir: v['report-dir'],
    only: v.only,
    shard: v.shard,
    timeoutMs: intFlag('timeout', v.timeout),
  });
  const baseline = v.baseline ? readReportFile(v.baseline) : undefined;
  const exploreFlags = parseExploreFlags(v.explore, v.seed);
  const reporters = defaultReporters(v.reporter, v.verbose);
  const startedAt = new Date();
  const target = await startTarget(config);
  try {
    const loopback = isLoopbackHost(new URL(target.url).hostname);
    const quotaTest = config.quotaTest ?? loopback;
    const token = newRunToken();
    mkdirSync(config.reportDir, { recursive: true });
    const ledgerPath = join(config.reportDir, 'ledger.jsonl');
    const resultsPath = join(config.reportDir, 'results.jsonl');
    rmSync(resultsPath, { force: true });
    const earlier = liveRecords(readLedger(ledgerPath));
    if (earlier.length > 0)
      process.stderr.write(
        `note: ${earlier.length} key pair(s) from earlier runs may remain (see ${ledgerPath}); \`kpc sweep\` removes them\n`,
      );
    const capabilities: Requirement[] = [];
    if (target.resourceGroup) capabilities.push('resource-group');
    if (config.secondRegion) capabilities.push('second-region');
    if (quotaTest) capabilities.push('quota-test');
    const builtins: Record<string, string> = {
      region: config.region,
      unknownRegion: 'xx-kpc-nowhere-1',
      unknownResourceGroup: `rg-${token}`,
    };
    if (config.secondRegion) builtins.secondRegion = config.secondRegion;
    if (target.resourceGroup) builtins.resourceGroup = target.resourceGroup;
    const casesDir = v.cases ? resolve(v.cases) : DEFAULT_SUITES_DIR;
    if (!existsSync(casesDir)) throw new KpcError('KPC_USAGE', `--cases ${v.cases}: no such directory`);
    const plan: RunPlan = {
      config: { ...config, quotaTest },
      targetUrl: target.url,
      token,
      ledgerPath,
      resultsPath,
      casesDir,
      capabilities,
      builtins,
    };
    const cases = selectCases(plan);
    // Hand the worker the validated selection, so it does not parse the YAML again.
    plan.casesFile = join(config.reportDir, 'cases.json');
    writeFileSync(plan.casesFile, JSON.stringify(cases));
    await preflight(plan);

    let cancel: (() => Promise<void>) | undefined;
    let interrupted = false;
    const onSignal = (sig: NodeJS.Signals): void => {
      interrupted = true;
      process.stderr.write(`\n${sig}: stopping the run, then cleaning up (a second ${sig} does not skip cleanup)\n`);
      void cancel?.();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let td: TeardownResult | undefined;
    try {
      await emit(reporters, 'onRunStart', { cases, reportDir: config.reportDir, targetUrl: target.url });
      await runVitest(plan, reporters, (c) => (cancel = c), v.verbose);
    } finally {
      const client = runClient(plan);
      td = await teardown(client, new Ledger(ledgerPath, token)).finally(() => client.close());
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    // Exploration comes after the suite's teardown: the quota case leaves a region full until then.
    const explorer = exploreFlags && !interrupted ? await import('../explore/after-run.ts') : undefined;
    const exploration =
      explorer && exploreFlags
        ? await explorer.exploreAfterRun(plan, {
            ...exploreFlags,
            ...(v['found-dir'] ? { foundDir: resolve(v['found-dir']) } : {}),
          })
        : undefined;
    if (explorer && exploration) td = explorer.mergeTeardown(td, exploration.teardown);
    const report = buildReport({
      spec: defaultSpec(),
      tool: { name: 'keypair-conformance', version: version() },
      target: { url: target.url, region: config.region, secondRegion: config.secondRegion, embedded: target.embedded },
      run: {
        token,
        signature: config.signature,
        concurrency: config.concurrency,
        shard: v.shard,
        only: config.only,
        ...(exploration ? { seed: exploration.result.seed } : {}),
      },
      startedAt,
      finishedAt: new Date(),
      cases,
      results: [...readResults(resultsPath), ...(exploration?.results ?? [])],
      teardown: td,
    });
    if (baseline) report.parity = parityOf(report, baseline);
    const reportPath = join(config.reportDir, 'report.json');
    await emit(reporters, 'onRunEnd', report, config.reportDir);
    printSummary(report, reportPath);
    if (interrupted) return 130;
    if (report.verdict === 'inconclusive') return 3;
    return report.verdict === 'non-conformant' || report.parity?.verdict === 'drifted' ? 1 : 0;
  } finally {
    await target.close();
  }
}
