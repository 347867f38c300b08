/**
 * `--explore N`: exploration as the interlude of a run, on the run's own session (token,
 * ledger, client, name counter), between the shared cases and the exclusive ones, so the
 * run's single teardown removes what it created. Each property becomes a result line.
 */
import type { CaseResult, Session } from '../engine/index.ts';
import { type ExploreResult, type PropertyOutcome } from './explore.ts';
/** The exploration a run asked for. */
export interface ExploreRequest {
    runs: number;
    seed: number;
    /** Where found cases go (default suites/found); undefined with `write: false`. */
    foundDir?: string;
    /** Write found cases (default true). */
    write?: boolean;
}
/** One property's outcome as a line for the user. */
export declare function propertyLine(p: PropertyOutcome): string;
/** The interlude that explores on a run's session; `onResult` sees the whole exploration. */
export declare function explorationInterlude(request: ExploreRequest, log: (line: string) => void, onResult?: (r: ExploreResult) => void): (session: Session) => Promise<CaseResult[]>;
