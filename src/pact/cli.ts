/**
 * `kpc pact`: generate the contract from the cases, verify a provider against it, publish
 * it. Only this module prints; the rest return values.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { flagHelp, parseFlags, type FlagSpec } from '../cli/flags.ts';
import { KpcError } from '../errors.ts';
import { brokerAuthFromEnv, brokerSource } from './broker.ts';
import { CONTRACT_REGION, DEFAULT_PACT_FILE } from './contract.ts';
import { generatePact } from './generate.ts';
import { comparableCore, readPact } from './pact-file.ts';
import { publishPact } from './publish.ts';
import { verifyPact, type VerifyReport } from './verify.ts';

/** The flags of `kpc pact generate`. */
export const GENERATE_FLAGS = {
  out: {
    type: 'string',
    placeholder: 'FILE',
    help: `where to write the pact (default ${relativeToCwd(DEFAULT_PACT_FILE)})`,
  },
  cases: { type: 'string', placeholder: 'DIR', help: 'the case folder (default: the shipped suites/)' },
  check: { type: 'boolean', help: 'write nothing; exit 1 when the committed pact differs from a fresh one' },
} satisfies Record<string, FlagSpec>;

/** The flags of `kpc pact verify`. */
export const VERIFY_FLAGS = {
  target: { type: 'string', placeholder: 'URL', help: 'the provider to verify (required)' },
  region: {
    type: 'string',
    placeholder: 'R',
    help: `the target's region; the contract's ${CONTRACT_REGION} stands for it (default ${CONTRACT_REGION})`,
  },
  pact: { type: 'string', placeholder: 'FILE', help: 'pact file or URL (default: the committed pact)' },
  'resource-group': {
    type: 'string',
    placeholder: 'ID',
    help: "an existing resource group; needed off the emulator for the contract's resource-group interaction",
  },
  'quota-test': {
    type: 'boolean',
    help: 'allow filling the region to 500 key pairs on a target that is not the reference emulator',
  },
  'report-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: 'where ledger.jsonl goes, for kpc sweep after a crash (default reports/pact)',
  },
  'log-level': {
    type: 'string',
    placeholder: 'L',
    help: "Pact's log level: error, warn, info, debug, trace (default warn)",
  },
  publish: { type: 'boolean', help: 'verify the pacts the Pact Broker holds (PACT_BROKER_*) and publish the results' },
  'provider-version': {
    type: 'string',
    placeholder: 'V',
    help: 'the provider version the results are for (with --publish; e.g. a git sha)',
  },
  branch: { type: 'string', placeholder: 'B', help: "the provider's branch (with --publish)" },
  'build-url': { type: 'string', placeholder: 'URL', help: 'a link to the CI build (with --publish)' },
} satisfies Record<string, FlagSpec>;

/** The flags of `kpc pact publish`. */
export const PUBLISH_FLAGS = {
  pact: { type: 'string', placeholder: 'FILE', help: 'the pact to publish (default: the committed pact)' },
  'consumer-version': { type: 'string', placeholder: 'V', help: 'the consumer version (required; e.g. a git sha)' },
  branch: { type: 'string', placeholder: 'B', help: "the consumer's branch" },
  tag: { type: 'string', multiple: true, placeholder: 'T', help: 'a consumer version tag (repeatable)' },
  'build-url': { type: 'string', placeholder: 'URL', help: 'a link to the CI build' },
} satisfies Record<string, FlagSpec>;

const LOG_LEVELS = ['error', 'warn', 'info', 'debug', 'trace'] as const;

function relativeToCwd(p: string): string {
  return p.startsWith(`${process.cwd()}/`) ? p.slice(process.cwd().length + 1) : p;
}

function usage(): string {
  return [
    'Usage: kpc pact generate [--out FILE] [--check]',
    '       kpc pact verify --target URL [--region R] [--pact FILE] [--resource-group ID] [--quota-test] [--publish --provider-version V [--branch B]]',
    '       kpc pact publish --consumer-version V [--branch B] [--tag T] [--pact FILE]',
    '',
    'generate:',
    flagHelp(GENERATE_FLAGS),
    'verify:',
    flagHelp(VERIFY_FLAGS),
    'publish (PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD):',
    flagHelp(PUBLISH_FLAGS),
  ].join('\n');
}

async function generateCommand(argv: string[]): Promise<number> {
  const { values: v } = parseFlags(argv, GENERATE_FLAGS);
  const target = resolve(v.out ?? DEFAULT_PACT_FILE);
  if (!v.check) {
    const r = await generatePact({ file: target, ...(v.cases ? { casesDir: resolve(v.cases) } : {}) });
    process.stdout.write(
      `wrote ${relativeToCwd(r.file)}: ${r.interactions} interactions (${r.skipped.length} cases left out: observations, multi-step cases, private-key bodies)\n`,
    );
    return 0;
  }
  if (!existsSync(target))
    throw new KpcError('KPC_CONFIG', `${relativeToCwd(target)} does not exist: run kpc pact generate`);
  const fresh = join(tmpdir(), `kpc-pact-check-${process.pid}.json`);
  try {
    const r = await generatePact({ file: fresh, ...(v.cases ? { casesDir: resolve(v.cases) } : {}) });
    if (isDeepStrictEqual(comparableCore(readPact(target)), comparableCore(r.doc))) {
      process.stdout.write(`${relativeToCwd(target)} is up to date (${r.interactions} interactions)\n`);
      return 0;
    }
    process.stdout.write(`${relativeToCwd(target)} is stale: run kpc pact generate\n`);
    return 1;
  } finally {
    rmSync(fresh, { force: true });
  }
}

function printReport(r: VerifyReport, target: string): void {
  const all = r.outcome.interactions;
  const failed = all.filter((i) => !i.ok);
  const out: string[] = [
    '',
    `kpc pact verify: ${all.length} interactions against ${target}${r.emulator ? ' (reference emulator)' : ''}`,
  ];
  if (failed.length > 0) {
    out.push(`FAILED ${failed.length} of ${all.length}:`);
    for (const f of failed) {
      out.push(`  ✗ ${f.description}`);
      for (const why of f.reasons.slice(0, 3)) out.push(`      ${why}`);
    }
  }
  for (const e of r.outcome.errors) out.push(`error: ${e}`);
  for (const s of r.stateErrors) out.push(`state not set up: ${s}`);
  for (const s of r.refusals) out.push(`refused: ${s}`);
  const left =
    r.cleanup.leaked.length === 0
      ? 'none left'
      : `${r.cleanup.leaked.length} LEFT: ${r.cleanup.leaked.map((l) => `${l.region}/${l.name}`).join(', ')}`;
  out.push(`cleanup: ${r.cleanup.deleted} key pairs deleted, ${left} (ledger ${relativeToCwd(r.ledgerPath)})`);
  for (const e of r.cleanup.errors) out.push(`cleanup error: ${e}`);
  out.push(verdict(r) ? 'VERIFIED' : 'NOT VERIFIED');
  process.stdout.write(`${out.join('\n')}\n`);
}

function verdict(r: VerifyReport): boolean {
  return r.outcome.ok && r.refusals.length === 0 && r.cleanup.leaked.length === 0 && r.cleanup.errors.length === 0;
}

async function verifyCommand(argv: string[]): Promise<number> {
  const { values: v } = parseFlags(argv, VERIFY_FLAGS);
  if (!v.target)
    throw new KpcError(
      'KPC_USAGE',
      '--target is required: the provider to verify, e.g. http://127.0.0.1:8080 or https://ecs.cn-hangzhou.aliyuncs.com',
    );
  const logLevel = v['log-level'] ?? 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    throw new KpcError('KPC_USAGE', `--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  let broker;
  if (v.publish) {
    if (v.pact)
      throw new KpcError(
        'KPC_USAGE',
        '--publish verifies the pacts the broker holds (results can only be published for those); leave out --pact',
      );
    const auth = brokerAuthFromEnv(process.env, '--publish');
    if (!v['provider-version'])
      throw new KpcError(
        'KPC_USAGE',
        '--publish needs --provider-version V (the provider build the results are for, e.g. a git sha)',
      );
    broker = brokerSource(auth, {
      providerVersion: v['provider-version'],
      ...(v.branch ? { branch: v.branch } : {}),
      ...(v['build-url'] ? { buildUrl: v['build-url'] } : {}),
    });
  } else if (v['provider-version'] || v.branch || v['build-url']) {
    throw new KpcError('KPC_USAGE', '--provider-version, --branch and --build-url go with --publish');
  }
  const report = await verifyPact({
    target: v.target,
    region: v.region ?? CONTRACT_REGION,
    ...(v.pact ? { pact: /^https?:/.test(v.pact) ? v.pact : resolve(v.pact) } : {}),
    ...(v['resource-group'] ? { resourceGroup: v['resource-group'] } : {}),
    quotaTest: v['quota-test'] ?? false,
    reportDir: resolve(v['report-dir'] ?? 'reports/pact'),
    logLevel: logLevel as (typeof LOG_LEVELS)[number],
    ...(broker ? { broker } : {}),
  });
  printReport(report, v.target);
  return verdict(report) ? 0 : 1;
}

async function publishCommand(argv: string[]): Promise<number> {
  const { values: v } = parseFlags(argv, PUBLISH_FLAGS);
  const auth = brokerAuthFromEnv(process.env, 'kpc pact publish');
  if (!v['consumer-version'])
    throw new KpcError(
      'KPC_USAGE',
      '--consumer-version is required (the consumer build the pact comes from, e.g. a git sha)',
    );
  const file = resolve(v.pact ?? DEFAULT_PACT_FILE);
  const doc = readPact(file);
  const logs = await publishPact(auth, doc, readFileSync(file, 'utf8'), {
    consumerVersion: v['consumer-version'],
    ...(v.branch ? { branch: v.branch } : {}),
    ...(v.tag ? { tags: v.tag } : {}),
    ...(v['build-url'] ? { buildUrl: v['build-url'] } : {}),
  });
  process.stdout.write(
    `published ${relativeToCwd(file)} as ${doc.consumer.name} ${v['consumer-version']} to ${auth.baseUrl}\n${logs.map((l) => `  ${l}\n`).join('')}`,
  );
  return 0;
}

/** `kpc pact <generate|verify|publish>`; resolves to the exit code. */
export async function pactCommand(argv: string[]): Promise<number> {
  // Pact's core reports usage to its makers unless told not to; a test tool should not do so on its users' behalf.
  process.env['PACT_DO_NOT_TRACK'] ??= 'true';
  const [sub, ...rest] = argv;
  if (sub === undefined) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (sub === 'help' || sub === '--help' || sub === '-h' || rest.includes('--help')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  switch (sub) {
    case 'generate':
      return generateCommand(rest);
    case 'verify':
      return verifyCommand(rest);
    case 'publish':
      return publishCommand(rest);
    default:
      throw new KpcError('KPC_USAGE', `unknown subcommand "${sub}": use generate, verify or publish`);
  }
}
