import type { LoadedCase } from '../cases/load.ts';
import { KpcError } from '../errors.ts';
import type { CaseResult } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
import { summarize, verdictOf } from './build.ts';
import { buildCoverage } from './coverage.ts';
import { findingsOf } from './findings.ts';
import type { Report } from './types.ts';

/**
 * Merges the report.json files of shards (`kpc run --shard i/n` on several machines) into
 * one report: cases joined in suite order, summary, verdict and coverage recomputed,
 * resources summed. The shards must be of one suite run: same region and document revision,
 * and no case run twice (a case skipped in one part and run in another counts as run).
 */

/** One shard's report and where it was read from. */
export interface ShardReport {
  source: string;
  report: Report;
}

function same<T>(parts: readonly ShardReport[], what: string, get: (r: Report) => T): T {
  const first = get(parts[0]!.report);
  const other = parts.find((p) => get(p.report) !== first);
  if (other)
    throw new KpcError(
      'KPC_USAGE',
      `cannot merge: ${parts[0]!.source} has ${what} ${String(first)} ` +
        `but ${other.source} has ${what} ${String(get(other.report))}`,
    );
  return first;
}

/** Which shards of how many the parts are, and which are missing (empty when complete or unsharded). */
export function missingShards(parts: readonly ShardReport[]): string[] {
  const specs = parts.map((p) => /^(\d+)\/(\d+)$/.exec(p.report.run.shard ?? ''));
  const n = Number(specs[0]?.[2]);
  if (!specs.every((m) => m && Number(m[2]) === n)) return [];
  const have = new Set(specs.map((m) => Number(m![1])));
  return Array.from({ length: n }, (_, i) => i + 1)
    .filter((i) => !have.has(i))
    .map((i) => `${i}/${n}`);
}

/**
 * One result a case from every part. A case skipped in one part may have run in another (the
 * quota scenario, run alone after the shards against a real account): the run result wins.
 * Two run results are a mistake.
 */
function mergedResults(parts: readonly ShardReport[], cases: readonly LoadedCase[]): CaseResult[] {
  const seen = new Map<string, { source: string; at: number }>();
  const results: CaseResult[] = [];
  for (const p of parts) {
    for (const c of p.report.cases) {
      const before = seen.get(c.id);
      if (before === undefined) seen.set(c.id, { source: p.source, at: results.push(c) - 1 });
      else if (c.status === 'skipped') continue;
      else if (results[before.at]!.status === 'skipped') {
        results[before.at] = c;
        seen.set(c.id, { source: p.source, at: before.at });
      } else {
        throw new KpcError(
          'KPC_USAGE',
          `cannot merge: case ${c.id} is in both ${before.source} and ${p.source} (the same shard twice?)`,
        );
      }
    }
  }
  const order = new Map(cases.map((c, i) => [c.id, i]));
  const rank = (c: CaseResult): number => order.get(c.id) ?? Infinity;
  return results
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([c]) => c);
}

function mergedResources(reports: readonly Report[]): Report['resources'] {
  const sum = (f: (r: Report) => number): number => reports.reduce((n, r) => n + f(r), 0);
  return {
    created: sum((r) => r.resources.created),
    deleted: sum((r) => r.resources.deleted),
    leaked: reports.flatMap((r) => r.resources.leaked),
    teardownRequests: sum((r) => r.resources.teardownRequests),
    errors: reports.flatMap((r) => r.resources.errors),
  };
}

/** Merges shard reports; `cases` are the suite's case definitions (coverage needs their rule references). */
export function mergeReports(parts: readonly ShardReport[], ctx: { spec: Spec; cases: readonly LoadedCase[] }): Report {
  if (parts.length === 0) throw new KpcError('KPC_USAGE', 'nothing to merge: name at least one report directory');
  same(parts, 'region', (r) => r.target.region);
  same(parts, 'document revision', (r) => r.spec.revision);
  same(parts, 'signature', (r) => r.run.signature);
  const sorted = mergedResults(parts, ctx.cases);
  const summary = summarize(sorted);
  const reports = parts.map((p) => p.report);
  const findings = reports.flatMap(findingsOf);
  const { verdict, reason } = verdictOf(summary, findings);
  const first = reports[0]!;
  const urls = [...new Set(reports.map((r) => r.target.url))];
  const times = { started: reports.map((r) => r.startedAt).sort(), finished: reports.map((r) => r.finishedAt).sort() };
  return {
    schemaVersion: 1,
    tool: first.tool,
    target: { ...first.target, url: urls.join(', '), embedded: reports.every((r) => r.target.embedded) },
    spec: first.spec,
    run: {
      token: reports.map((r) => r.run.token).join(','),
      signature: first.run.signature,
      concurrency: first.run.concurrency,
      shard: `merged ${reports.map((r) => r.run.shard ?? 'all').join(', ')}`,
      only: first.run.only,
    },
    startedAt: times.started[0]!,
    finishedAt: times.finished.at(-1)!,
    verdict,
    verdictReason: reason,
    summary,
    cases: sorted,
    resources: mergedResources(reports),
    findings,
    coverage: buildCoverage(ctx.spec, ctx.cases, sorted, findings),
    merged: parts.map(({ source, report: r }) => ({
      source,
      shard: r.run.shard,
      token: r.run.token,
      target: r.target.url,
      verdict: r.verdict,
    })),
  };
}
