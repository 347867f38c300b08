import type { LedgerRecord } from './ledger.ts';
import type { TeardownResult } from './result.ts';
import type { Session } from './session.ts';
/** How hard teardown tries. */
export interface TeardownOptions {
    batch?: number;
    rounds?: number;
    /** Waits between rounds (default: 0.25 s, doubling). */
    backoff?: (round: number) => Promise<void>;
    concurrency?: number;
}
/** Tears down everything `records` (default: the session's ledger) says the run may have created. */
export declare function teardown(session: Session, o?: TeardownOptions, records?: LedgerRecord[]): Promise<TeardownResult>;
