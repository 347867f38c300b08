import type { LedgerRecord } from './ledger.ts';
import type { Session } from './session.ts';
/** A key pair in a region. */
export interface Place {
    region: string;
    name: string;
}
/** What teardown did, for the report's `resources` section. */
export interface TeardownResult {
    /** Key pairs the run created: answered as created, or found listed when the answer was lost. */
    created: number;
    /** Key pairs teardown found listed and that are no longer listed. */
    deleted: number;
    /** Key pairs of the run the target still lists at the end. */
    leaked: Place[];
    /** Key pairs whose DeleteKeyPairs was answered with success and that were listed after it. */
    listedAfterDelete: Place[];
    requests: number;
    errors: string[];
}
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
