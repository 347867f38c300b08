import type { CaseResult, CaseStatus } from '../engine/index.ts';
/**
 * A case's observed behaviour with everything volatile normalised away, so two runs (two
 * dates, or an emulator and the vendor) compare equal when they behave alike. Per step:
 * status, error code, and every body leaf as `path → rendering`, where per-run values
 * become numbered placeholders: request ids, names the run made up, public keys it sent,
 * fingerprints (by their relation to the keys sent: `<fingerprint:md5-colon:key1>`),
 * timestamps (by their format), the host id. Messages and Recommend are recorded, never
 * asserted: they are kept apart as `info`, compared only for an informational list.
 */
/** One step as compared: status, code, the body's leaves, and for repeated calls the outcome counts. */
export interface StepObservation {
    action: string;
    status: number | undefined;
    code: string | undefined;
    /** A transport fault's code, when the step got no response. */
    error: string | undefined;
    /** Leaf path → rendering: a JSON literal, or a placeholder like `<request-id:1>`. */
    body: Record<string, string>;
    /** For steps of many calls: outcome → count (`<n>` when the count depends on the account). */
    outcomes: Record<string, string> | undefined;
    /** Message and Recommend, normalised: informational only. */
    info: Record<string, string>;
}
/** A case's observations. */
export interface CaseObservation {
    id: string;
    title: string;
    status: CaseStatus;
    reason: string | undefined;
    steps: StepObservation[];
}
/** The format of a timestamp, its digits forgotten: `2023-09-04T08:33Z` → `YYYY-MM-DDThh:mmZ`. */
export declare function timestampFormat(s: string): string | undefined;
/**
 * Normalises one case; `tokens` are the run tokens of the report it comes from. With
 * `calledHost` (the host the run called), a HostId naming another host is kept, not hidden.
 */
export declare function normalizeCase(c: CaseResult, tokens: readonly string[], calledHost?: string): CaseObservation;
/** The run tokens of a report (a merged report lists its shards' tokens joined by commas). */
export declare function reportTokens(r: {
    run: {
        token: string;
    };
}): string[];
