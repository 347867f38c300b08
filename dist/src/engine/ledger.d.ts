import type { Creation } from '../client/index.ts';
/** One line of ledger.jsonl (`created` was a boolean or 'unknown' in ledgers of version 0.1). */
export type LedgerLine = {
    t: 'intent';
    token: string;
    region: string;
    name: string;
    caseId: string;
    at: string;
} | {
    t: 'outcome';
    token: string;
    region: string;
    name: string;
    created: Creation | boolean;
    at: string;
} | {
    t: 'deleted';
    token: string;
    region: string;
    name: string;
    at: string;
};
/** What the ledger knows of one key pair. */
export interface LedgerRecord {
    token: string;
    region: string;
    name: string;
    caseId: string;
    firstSeen: string;
    state: 'pending' | 'created' | 'not-created' | 'unknown' | 'deleted';
}
/** The ledger of one run: appends to `path` (none: memory only) and keeps the records. */
export declare class Ledger {
    readonly path: string | undefined;
    readonly token: string;
    private readonly byName;
    constructor(path: string | undefined, token: string);
    private write;
    /** Records that `name` is about to be imported into `region`. */
    intent(region: string, name: string, caseId: string): void;
    /** Records what the answer to the import says happened. */
    outcome(region: string, name: string, created: Creation): void;
    /** Records that `name` is gone (deleted by a case step or by teardown). */
    deleted(region: string, name: string): void;
    /** Every key pair this run may have created, latest state. */
    records(): LedgerRecord[];
    /** True when the ledger says this run may hold `name` in `region` now. */
    holds(region: string, name: string): boolean;
}
/** Reads a ledger file into one record per (region, name), latest state last; tolerates a torn last line. */
export declare function readLedger(path: string): LedgerRecord[];
/** True for a record that may still exist on the target: created, or with an outcome never learned. */
export declare function isLive(r: LedgerRecord): boolean;
/** The records that may still exist on the target. */
export declare function liveRecords(records: readonly LedgerRecord[]): LedgerRecord[];
