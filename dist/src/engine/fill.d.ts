/**
 * The fill-region step: a region filled up to its quota with fresh key pairs of the run,
 * after measuring what it holds already (an account may hold its own). Filling is setup,
 * not the judgement: an import whose answer was lost is counted again through the listing,
 * and the gap topped up. When the target refuses with QuotaExceed.KeyPair before the fill
 * is complete, the region is counted item by item, page by page, so the finding names the
 * rule that broke: the quota (IKP-QUOTA), or a TotalCount that does not count every key
 * pair (DKP-PAGING).
 */
import type { BuiltinStep } from '../cases/types.ts';
import type { StepRecord } from './result.ts';
import { type AttemptContext } from './step.ts';
/** Thrown when a case cannot be judged on this target at all (a precondition no re-run can meet). */
export declare class CannotJudge extends Error {
}
/** Fills the step's region to `upTo` key pairs and reports how it went. */
export declare function runFillStep(step: BuiltinStep, a: AttemptContext, concurrency: number): Promise<StepRecord>;
