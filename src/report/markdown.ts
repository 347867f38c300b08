import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdCell, mdCode, mdCodeCell, mdFence } from './escape.ts';
import { mismatchLines, replayHeader, replayOf } from './failures.ts';
import { findingsOf } from './findings.ts';
import type { Reporter } from './reporter.ts';
import type { Report } from './types.ts';

/**
 * report.md: what a pull request or a CI step summary shows. Verdict and counts first,
 * each failure with its replay (case id, run token, redacted curl), then the rule table.
 */

/** GitHub caps a step summary at 1 MiB; stay well below so the rest of a job's summary fits. */
export const STEP_SUMMARY_LIMIT = 512 * 1024;

const ICON = { conformant: '✅', 'non-conformant': '❌', inconclusive: '⚠️' } as const;

/** Key pairs a finding lists in full; report.json has them all. */
const MAX_PLACES = 50;

/** Options for rendering report.md. */
export interface MarkdownOptions {
  /** Failures listed in full; the rest are named only (default 50). */
  maxFailures?: number;
}

function parityLines(r: Report): string[] {
  const p = r.parity;
  if (!p) return [];
  const head =
    `**Parity with the baseline** (${mdCell(p.baseline.target)}, ${mdCell(p.baseline.region)}, ` +
    `revision ${mdCell(p.baseline.revision)}, recorded ${mdCell(p.baseline.date)}): ` +
    `**${p.verdict.toUpperCase()}** — ${p.compared} case(s) compared, ` +
    `${p.drifted.length} drifted, ${p.unverified.length} unverified.`;
  const lines = ['', head];
  for (const w of p.warnings) lines.push(`- warning: ${mdCell(w)}`);
  for (const id of p.drifted)
    lines.push(
      `- ${mdCode(id)}: ${(p.changes[id] ?? [])
        .slice(0, 5)
        .map((c) => mdCode(c))
        .join('; ')}`,
    );
  return lines;
}

function failureSection(r: Report, max: number): string[] {
  const failed = r.cases.filter((c) => c.status === 'failed');
  if (failed.length === 0) return [];
  const out = ['', `## Failures (${failed.length})`];
  for (const c of failed.slice(0, max)) {
    const replay = replayOf(c, r);
    out.push(
      '',
      `### ${mdCode(c.id)}`,
      '',
      `${mdCell(c.title)} — broken rule(s): ${c.brokenRules.map(mdCode).join(', ') || 'none named'}`,
      '',
    );
    for (const l of mismatchLines(c)) out.push(`- ${mdCode(l)}`);
    out.push('', `Replay: ${mdCell(replayHeader(replay))} — rerun with ${mdCode(replay.rerun)}`);
    if (replay.curls.length > 0)
      out.push(
        '',
        '<details><summary>redacted request(s) (re-sign before sending)</summary>',
        '',
        mdFence(replay.curls.join('\n\n'), 'sh'),
        '',
        '</details>',
      );
  }
  if (failed.length > max)
    out.push(
      '',
      `… and ${failed.length - max} more failure(s), listed in report.json: ${failed
        .slice(max)
        .map((c) => mdCode(c.id))
        .join(', ')}`,
    );
  return out;
}

/** Rules the run saw broken outside its cases (teardown), each with the key pairs concerned. */
function findingSection(r: Report): string[] {
  const findings = findingsOf(r);
  if (findings.length === 0) return [];
  const out = ['', `## Broken outside the cases (${findings.length})`];
  for (const f of findings)
    out.push(
      '',
      `### ${mdCode(f.rule)} (${mdCell(f.source)})`,
      '',
      `${mdCell(f.summary)}:`,
      '',
      ...f.places.slice(0, MAX_PLACES).map((p) => `- ${mdCode(`${p.region}/${p.name}`)}`),
      ...(f.places.length > MAX_PLACES ? [`- … and ${f.places.length - MAX_PLACES} more (report.json)`] : []),
    );
  return out;
}

function otherStatuses(r: Report): string[] {
  const odd = r.cases.filter((c) => c.status === 'inconclusive' || c.status === 'skipped');
  if (odd.length === 0) return [];
  return [
    '',
    `## Inconclusive and skipped (${odd.length})`,
    '',
    ...odd.map((c) => `- ${c.status}: ${mdCode(c.id)}${c.reason ? ` — ${mdCell(c.reason)}` : ''}`),
  ];
}

/** Cases run again after the infrastructure got in the way: which attempt was judged, and why the others were not. */
function rerunCases(r: Report): string[] {
  const rerun = r.cases.filter((c) => (c.discarded?.length ?? 0) > 0);
  if (rerun.length === 0) return [];
  const line = (c: Report['cases'][number]): string => {
    const why = (c.discarded ?? []).map((d) => {
      const cleared = d.cleared === undefined ? '' : `; then ${d.cleared}`;
      return `attempt ${d.attempt}: ${d.reason}${cleared}`;
    });
    return `- ${mdCode(c.id)}: attempt ${c.attempt} judged (${c.status}) — ${mdCell(why.join('; '))}`;
  };
  return ['', `## Run again after an infrastructure fault (${rerun.length})`, '', ...rerun.map(line)];
}

function ruleTable(r: Report): string[] {
  const out = [
    '',
    '## Rules',
    '',
    '| rule | evidence | coverage | cases | failed | title |',
    '|---|---|---|---:|---:|---|',
  ];
  for (const x of r.coverage.rules) {
    const failed = x.failed.length + (x.findings?.length ?? 0);
    const mark = failed > 0 ? '❌ ' : x.status === 'hole' ? '⚠️ ' : '';
    const where = x.findings?.length ? ` (${x.findings.join(', ')})` : '';
    out.push(
      `| ${mark}${mdCodeCell(x.id)} | ${x.evidence} | ${x.status} | ` +
        `${x.cases.length} | ${failed}${where} | ${mdCell(x.title)} |`,
    );
  }
  out.push('', '| error row | status | coverage | cases |', '|---|---:|---|---:|');
  for (const e of r.coverage.errorRows)
    out.push(`| ${mdCodeCell(e.code)} | ${e.status} | ${e.coverage} | ${e.cases.length} |`);
  if (r.coverage.holes.length > 0) out.push('', `Coverage holes: ${r.coverage.holes.map(mdCell).join('; ')}`);
  return out;
}

/** Renders report.md. */
export function renderMarkdown(r: Report, opts: MarkdownOptions = {}): string {
  const s = r.summary;
  const out = [
    `## ${ICON[r.verdict]} ImportKeyPair conformance: ${r.verdict.toUpperCase()}`,
    '',
    `${mdCell(r.verdictReason)}. Target ${mdCode(r.target.url)}${r.target.embedded ? ' (embedded emulator)' : ''}, ` +
      `region ${mdCode(r.target.region)}, document revision ${mdCell(r.spec.revision)}, ` +
      `run token ${mdCode(r.run.token)}${r.run.shard ? `, shard ${mdCell(r.run.shard)}` : ''}.`,
    '',
    '| passed | failed | inconclusive | skipped | observations | requests | created | leaked |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${s.passed} | ${s.failed} | ${s.inconclusive} | ${s.skipped} | ${s.observations} | ${s.requests} | ` +
      `${r.resources.created} | ${r.resources.leaked.length} |`,
    ...parityLines(r),
    ...failureSection(r, opts.maxFailures ?? 50),
    ...findingSection(r),
    ...otherStatuses(r),
    ...rerunCases(r),
    ...ruleTable(r),
  ];
  return `${out.join('\n')}\n`;
}

/** Renders report.md within `limit` bytes, listing fewer failures in full until it fits. */
export function renderMarkdownWithin(r: Report, limit: number): string {
  for (let max = 50; ; max = Math.floor(max / 2)) {
    const md = renderMarkdown(r, { maxFailures: max });
    if (Buffer.byteLength(md) <= limit || max === 0)
      return Buffer.byteLength(md) <= limit
        ? md
        : `${Buffer.from(md)
            .subarray(0, limit - 64)
            .toString()}\n\n… (truncated; see report.md)\n`;
  }
}

/** Writes report.md, and appends it to `stepSummary` (GitHub's $GITHUB_STEP_SUMMARY) when given. */
export function markdownReporter(opts: { stepSummary?: string | undefined } = {}): Reporter {
  return {
    name: 'md',
    onRunEnd(report, dir) {
      writeFileSync(join(dir, 'report.md'), renderMarkdown(report));
      if (opts.stepSummary) appendFileSync(opts.stepSummary, `${renderMarkdownWithin(report, STEP_SUMMARY_LIMIT)}\n`);
    },
  };
}
