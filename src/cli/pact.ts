/**
 * `kpc pact generate | verify | publish`: the contract from the cases, a provider verified
 * against it, the contract published to a Pact Broker.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { KpcError } from '../errors.ts';
import { brokerAuthFromEnv, brokerSource } from '../pact/broker.ts';
import { CONTRACT_REGION, DEFAULT_PACT_FILE } from '../pact/contract.ts';
import { generatePact } from '../pact/generate.ts';
import { comparableCore, readPact } from '../pact/pact-file.ts';
import { publishPact } from '../pact/publish.ts';
import { verifyPact, type VerifyReport } from '../pact/verify.ts';
import { defineCommand, type Io } from './command.ts';
import { EXIT } from './exit.ts';
import { noPositionals } from './flags.ts';

const LOG_LEVELS = ['error', 'warn', 'info', 'debug', 'trace'] as const;

const shown = (p: string): string => (p.startsWith(`${process.cwd()}/`) ? relative(process.cwd(), p) : p);

// Pact's core reports usage to its makers unless told not to; a test tool should not do so on its users' behalf.
function noTracking(io: Io): void {
  io.env['PACT_DO_NOT_TRACK'] ??= 'true';
  process.env['PACT_DO_NOT_TRACK'] ??= io.env['PACT_DO_NOT_TRACK'];
}

/** `kpc pact generate`. */
export const PACT_GENERATE = defineCommand({
  name: 'pact generate',
  summary: "Generates the Pact V4 contract from the documented cases, through our own client on Pact's mock server.",
  usage: '[--out FILE] [--check]',
  flags: {
    out: { type: 'string', placeholder: 'FILE', help: 'where to write the pact', default: shown(DEFAULT_PACT_FILE) },
    cases: { type: 'string', placeholder: 'DIR', help: 'the case folder', default: 'the shipped suites/' },
    check: { type: 'boolean', help: 'write nothing; exit 1 when the committed pact differs from a fresh one' },
  },
  exits: '0 written or current, 1 stale (with --check), 2 usage error.',
  async run({ values: v, positionals }, io) {
    noPositionals('kpc pact generate', positionals);
    noTracking(io);
    const target = resolve(v.out ?? DEFAULT_PACT_FILE);
    const casesDir = v.cases ? { casesDir: resolve(v.cases) } : {};
    if (!v.check) {
      const r = await generatePact({ file: target, ...casesDir });
      const why = 'observations, multi-step cases, private-key bodies, other signatures or forms';
      io.out(`wrote ${shown(r.file)}: ${r.interactions} interactions (${r.skipped.length} cases left out: ${why})\n`);
      return EXIT.ok;
    }
    if (!existsSync(target)) throw new KpcError('KPC_CONFIG', `${shown(target)} does not exist: run kpc pact generate`);
    const fresh = join(tmpdir(), `kpc-pact-check-${process.pid}.json`);
    try {
      const r = await generatePact({ file: fresh, ...casesDir });
      if (isDeepStrictEqual(comparableCore(readPact(target)), comparableCore(r.doc))) {
        return (io.out(`${shown(target)} is up to date (${r.interactions} interactions)\n`), EXIT.ok);
      }
      return (io.out(`${shown(target)} is stale: run kpc pact generate\n`), EXIT.findings);
    } finally {
      rmSync(fresh, { force: true });
    }
  },
});

function verdict(r: VerifyReport): boolean {
  return r.outcome.ok && r.refusals.length === 0 && r.cleanup.leaked.length === 0 && r.cleanup.errors.length === 0;
}

function reportText(r: VerifyReport, target: string): string {
  const all = r.outcome.interactions;
  const failed = all.filter((i) => !i.ok);
  const out: string[] = [
    '',
    `kpc pact verify: ${all.length} interactions against ${target}${r.emulator ? ' (reference emulator)' : ''}`,
  ];
  if (failed.length > 0) out.push(`FAILED ${failed.length} of ${all.length}:`);
  for (const f of failed) out.push(`  ✗ ${f.description}`, ...f.reasons.slice(0, 3).map((why) => `      ${why}`));
  for (const e of r.outcome.errors) out.push(`error: ${e}`);
  for (const s of r.stateErrors) out.push(`state not set up: ${s}`);
  for (const s of r.refusals) out.push(`refused: ${s}`);
  const leaked = r.cleanup.leaked;
  const left =
    leaked.length === 0
      ? 'none left'
      : `${leaked.length} LEFT: ${leaked.map((l) => `${l.region}/${l.name}`).join(', ')}`;
  out.push(`cleanup: ${r.cleanup.deleted} key pairs deleted, ${left} (ledger ${shown(r.ledgerPath)})`);
  for (const e of r.cleanup.errors) out.push(`cleanup error: ${e}`);
  out.push(verdict(r) ? 'VERIFIED' : 'NOT VERIFIED');
  return `${out.join('\n')}\n`;
}

/** `kpc pact verify`. */
export const PACT_VERIFY = defineCommand({
  name: 'pact verify',
  summary: "Verifies a provider against the contract (the committed pact, a file, or a Pact Broker's pacts).",
  usage:
    '--target URL [--region R] [--pact FILE] [--resource-group ID] [--quota-test] [--publish --provider-version V]',
  flags: {
    target: { type: 'string', placeholder: 'URL', help: 'the provider to verify (required)' },
    region: {
      type: 'string',
      placeholder: 'R',
      help: `the target's region; the contract's ${CONTRACT_REGION} stands for it`,
      default: CONTRACT_REGION,
    },
    pact: { type: 'string', placeholder: 'FILE', help: 'pact file or URL', default: 'the committed pact' },
    'resource-group': {
      type: 'string',
      placeholder: 'ID',
      help: "an existing resource group; needed off the emulator for the contract's resource-group interaction",
    },
    'quota-test': {
      type: 'boolean',
      help: 'allow filling the region to 500 key pairs',
      default: 'on for loopback targets, as kpc run',
    },
    'report-dir': {
      type: 'string',
      placeholder: 'DIR',
      help: 'where ledger.jsonl goes, for kpc sweep after a crash',
      default: 'reports/pact',
    },
    'log-level': {
      type: 'string',
      placeholder: 'L',
      help: "Pact's log level: error, warn, info, debug, trace",
      default: 'warn',
    },
    publish: {
      type: 'boolean',
      help: 'verify the pacts the Pact Broker holds (PACT_BROKER_*) and publish the results',
    },
    'provider-version': {
      type: 'string',
      placeholder: 'V',
      help: 'the provider version the results are for (with --publish; e.g. a git sha)',
    },
    branch: { type: 'string', placeholder: 'B', help: "the provider's branch (with --publish)" },
    'build-url': { type: 'string', placeholder: 'URL', help: 'a link to the CI build (with --publish)' },
  },
  exits:
    '0 verified, 1 not verified (a failed interaction, a refusal, or a key pair left), 2 usage or configuration error.',
  async run({ values: v, positionals }, io) {
    noPositionals('kpc pact verify', positionals);
    noTracking(io);
    if (!v.target)
      throw new KpcError(
        'KPC_USAGE',
        '--target is required: the provider to verify, ' +
          'e.g. http://127.0.0.1:8080 or https://ecs.cn-hangzhou.aliyuncs.com',
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
      const auth = brokerAuthFromEnv(io.env, '--publish');
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
      ...(v['quota-test'] !== undefined ? { quotaTest: v['quota-test'] } : {}),
      reportDir: resolve(v['report-dir'] ?? 'reports/pact'),
      logLevel: logLevel as (typeof LOG_LEVELS)[number],
      ...(broker ? { broker } : {}),
    });
    io.out(reportText(report, v.target));
    return verdict(report) ? EXIT.ok : EXIT.findings;
  },
});

/** `kpc pact publish`. */
export const PACT_PUBLISH = defineCommand({
  name: 'pact publish',
  summary:
    'Publishes the pact to a Pact Broker (PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD).',
  usage: '--consumer-version V [--branch B] [--tag T] [--pact FILE]',
  flags: {
    pact: { type: 'string', placeholder: 'FILE', help: 'the pact to publish', default: 'the committed pact' },
    'consumer-version': { type: 'string', placeholder: 'V', help: 'the consumer version (required; e.g. a git sha)' },
    branch: { type: 'string', placeholder: 'B', help: "the consumer's branch" },
    tag: { type: 'string', multiple: true, placeholder: 'T', help: 'a consumer version tag (repeatable)' },
    'build-url': { type: 'string', placeholder: 'URL', help: 'a link to the CI build' },
  },
  exits: '0 published, 2 usage or configuration error.',
  async run({ values: v, positionals }, io) {
    noPositionals('kpc pact publish', positionals);
    noTracking(io);
    const auth = brokerAuthFromEnv(io.env, 'kpc pact publish');
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
    io.out(
      `published ${shown(file)} as ${doc.consumer.name} ${v['consumer-version']} to ${auth.baseUrl}\n` +
        logs.map((l) => `  ${l}\n`).join(''),
    );
    return EXIT.ok;
  },
});
