import type { BaselineInfo, Parity, Report } from './types.ts';
/**
 * Parity with a recorded baseline: does the target behave as the recorded service did?
 * The same comparison as `kpc diff`, read from the current run's side: only cases both
 * ran to a verdict count, and cases the baseline cannot vouch for are listed as unverified.
 */
/** Where a baseline came from: when it was recorded, where, against which document. */
export declare function baselineInfo(b: Report): BaselineInfo;
/** The parity of `current` with `baseline`. */
export declare function parityOf(current: Report, baseline: Report): Parity;
