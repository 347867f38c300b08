import type { LoadedCase } from '../cases/load.ts';
import type { Spec } from '../spec/types.ts';
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
/** Which shards of how many the parts are, and which are missing (empty when complete or unsharded). */
export declare function missingShards(parts: readonly ShardReport[]): string[];
/** Merges shard reports; `cases` are the suite's case definitions (coverage needs their rule references). */
export declare function mergeReports(parts: readonly ShardReport[], ctx: {
    spec: Spec;
    cases: readonly LoadedCase[];
}): Report;
