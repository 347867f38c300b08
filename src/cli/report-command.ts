import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SUITES_DIR, loadCases } from '../cases/load.ts';
import { KpcError } from '../errors.ts';
import { readReportFile, reportPathOf } from '../report/load-report.ts';
import { missingShards, mergeReports } from '../report/merge.ts';
import { parityOf } from '../report/parity.ts';
import { writeReportFiles } from '../report/registry.ts';
import { defaultSpec } from '../spec/load.ts';
import { flagHelp, parseFlags, type FlagSpec } from './flags.ts';

/** The flags of `kpc report merge`. */
export const MERGE_FLAGS = {
  out: {
    type: 'string',
    placeholder: 'DIR',
    help: 'where the merged report.json, report.md, junit.xml and report.html go (default reports/merged)',
  },
  cases: {
    type: 'string',
    placeholder: 'DIR',
    help: 'the case files the shards ran, for the coverage table (default: the shipped suites/)',
  },
  baseline: { type: 'string', placeholder: 'FILE', help: 'recompute parity of the merged report with this baseline' },
} satisfies Record<string, FlagSpec>;

const HELP = `Usage: kpc report merge DIR... [--out DIR]

Merges the report.json of shard runs (kpc run --shard i/n) into one report: cases in
suite order, summary, verdict and coverage recomputed, resources summed; then writes
every report format. A DIR may also be a report file.

${flagHelp(MERGE_FLAGS)}

Exit codes: 0 conformant, 1 non-conformant (or parity drifted), 2 bad input, 3 inconclusive.`;

async function merge(argv: string[]): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, MERGE_FLAGS);
  if (positionals.length === 0)
    throw new KpcError('KPC_USAGE', 'name the shard report directories to merge; see kpc report merge --help');
  const parts = positionals.map((p) => ({ source: reportPathOf(p), report: readReportFile(p) }));
  const casesDir = v.cases ? resolve(v.cases) : DEFAULT_SUITES_DIR;
  const merged = mergeReports(parts, { spec: defaultSpec(), cases: loadCases(casesDir) });
  if (v.baseline) merged.parity = parityOf(merged, readReportFile(v.baseline));
  const missing = missingShards(parts);
  if (missing.length > 0)
    process.stderr.write(
      `warning: shard(s) ${missing.join(', ')} missing: the merged report covers only part of the suite\n`,
    );
  const out = resolve(v.out ?? 'reports/merged');
  mkdirSync(out, { recursive: true });
  await writeReportFiles(merged, out, { stepSummary: process.env.GITHUB_STEP_SUMMARY });
  const s = merged.summary;
  process.stdout.write(`${merged.verdict.toUpperCase()}: ${merged.verdictReason}\n`);
  process.stdout.write(
    `merged ${parts.length} report(s): ${s.passed} passed, ${s.failed} failed, ${s.inconclusive} inconclusive, ${s.skipped} skipped, ${s.observations} observations; ${s.requests} requests\n`,
  );
  if (merged.parity)
    process.stdout.write(
      `parity with the baseline: ${merged.parity.verdict.toUpperCase()} (${merged.parity.drifted.length} drifted of ${merged.parity.compared} compared)\n`,
    );
  if (merged.resources.leaked.length > 0)
    process.stdout.write(
      `WARNING: ${merged.resources.leaked.length} key pair(s) leaked; run kpc sweep with each shard's report dir\n`,
    );
  process.stdout.write(`report: ${resolve(out, 'report.json')}\n`);
  if (merged.verdict === 'inconclusive') return 3;
  return merged.verdict === 'non-conformant' || merged.parity?.verdict === 'drifted' ? 1 : 0;
}

/** `kpc report SUBCOMMAND`: report tools (today: merge). */
export async function reportCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new KpcError('KPC_USAGE', 'name a subcommand: kpc report merge DIR... [--out DIR]');
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (sub !== 'merge') throw new KpcError('KPC_USAGE', `unknown report subcommand "${sub}" (known: merge)`);
  if (rest.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  return merge(rest);
}
