/**
 * One case, run and judged. An attempt binds the case's variables afresh, runs its steps in
 * order and stops at the first step that fails (later steps build on it). An attempt that
 * meets the infrastructure (throttled, a server fault, no usable answer) is not judged: the
 * case runs again from scratch, up to `caseRetries` more times, and the report keeps every
 * attempt. Only a case that never got a clean attempt is inconclusive. Nothing the target
 * does makes this throw.
 */
import type { LoadedCase } from '../cases/load.ts';
import { type CaseResult } from './result.ts';
import type { Session } from './session.ts';
/** How cases run: calls in flight inside a fill, and re-runs after an infrastructure fault. */
export interface CaseRunOptions {
    concurrency: number;
    caseRetries: number;
}
/** Runs one case to its verdict: skipped without its capabilities, else attempts until one is clean. */
export declare function runCase(c: LoadedCase, session: Session, o: CaseRunOptions): Promise<CaseResult>;
