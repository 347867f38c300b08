/** `kpc report merge DIR...`: shard reports merged into one, every report format written. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SUITES_DIR, loadCases } from '../cases/load.ts';
import { KpcError } from '../errors.ts';
import { readReportFile, reportPathOf } from '../report/load-report.ts';
import { mergeReports, missingShards } from '../report/merge.ts';
import { parityOf } from '../report/parity.ts';
import { writeReportFiles } from '../report/registry.ts';
import type { Report } from '../report/types.ts';
import { defaultSpec } from '../spec/load.ts';
import { defineCommand } from './command.ts';
import { exitOf } from './run.ts';

function summary(merged: Report, parts: number, out: string): string {
  const s = merged.summary;
  const lines = [
    `${merged.verdict.toUpperCase()}: ${merged.verdictReason}`,
    `merged ${parts} report(s): ${s.passed} passed, ${s.failed} failed, ${s.inconclusive} inconclusive, ` +
      `${s.skipped} skipped, ${s.observations} observations; ${s.requests} requests`,
  ];
  const p = merged.parity;
  if (p)
    lines.push(
      `parity with the baseline: ${p.verdict.toUpperCase()} (${p.drifted.length} drifted of ${p.compared} compared)`,
    );
  const leaked = merged.resources.leaked.length;
  if (leaked > 0) lines.push(`WARNING: ${leaked} key pair(s) leaked; run kpc sweep with each shard's report dir`);
  lines.push(`report: ${resolve(out, 'report.json')}`);
  return `${lines.join('\n')}\n`;
}

/** `kpc report merge`. */
export const MERGE = defineCommand({
  name: 'report merge',
  summary: 'Merges the report.json of shard runs (kpc run --shard i/n) into one report.',
  usage: 'DIR... [--out DIR]',
  description: [
    'Cases in suite order; summary, verdict and coverage recomputed; resources summed; then every report',
    'format is written. A DIR may also be a report file.',
  ].join('\n'),
  flags: {
    out: {
      type: 'string',
      placeholder: 'DIR',
      help: 'where the merged report.json, report.md, junit.xml and report.html go',
      default: 'reports/merged',
    },
    cases: {
      type: 'string',
      placeholder: 'DIR',
      help: 'the case files the shards ran, for the coverage table',
      default: 'the shipped suites/',
    },
    baseline: { type: 'string', placeholder: 'FILE', help: 'recompute parity of the merged report with this baseline' },
  },
  exits: '0 conformant, 1 non-conformant (or parity drifted), 2 bad input, 3 inconclusive.',
  async run({ values: v, positionals }, io) {
    if (positionals.length === 0)
      throw new KpcError('KPC_USAGE', 'name the shard report directories to merge; see kpc report merge --help');
    const parts = positionals.map((p) => ({ source: reportPathOf(p), report: readReportFile(p) }));
    const casesDir = v.cases ? resolve(v.cases) : DEFAULT_SUITES_DIR;
    const merged = mergeReports(parts, { spec: defaultSpec(), cases: loadCases(casesDir) });
    if (v.baseline) merged.parity = parityOf(merged, readReportFile(v.baseline));
    const missing = missingShards(parts);
    if (missing.length > 0)
      io.err(`warning: shard(s) ${missing.join(', ')} missing: the merged report covers only part of the suite\n`);
    const out = resolve(v.out ?? 'reports/merged');
    mkdirSync(out, { recursive: true });
    await writeReportFiles(merged, out, { stepSummary: io.env.GITHUB_STEP_SUMMARY });
    io.out(summary(merged, parts.length, out));
    return exitOf(merged, false);
  },
});
