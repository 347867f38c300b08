import type { Case } from '../cases/types.ts';
import type { Session } from '../engine/index.ts';
import type { CaseResult } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
/** Runs per property when no budget is given. */
export declare const DEFAULT_EXPLORE_RUNS = 100;
/** Shrinking stops after this many steps (each one is a request). */
export declare const MAX_SHRINKS = 300;
/** The properties, in the order they run. */
export declare const PROPERTIES: readonly ['name-rules', 'tag-rules', 'body-rules', 'import-describe-delete'];
export type PropertyName = (typeof PROPERTIES)[number];
/** A reproduced counterexample. */
export interface Finding {
    property: PropertyName;
    /** File stem and case id suffix: `<rule-or-kind>-<seed>`. */
    stem: string;
    rules: string[];
    seed: number;
    expected: string;
    actual: string;
    request: {
        action: string;
        params: Record<string, string>;
    };
    response: {
        status: number | undefined;
        body: unknown;
    };
    /** The shrunk input, printed by fast-check. */
    counterexample: string;
    shrinks: number;
    /** The found case written for it, when a folder was given. */
    file?: string;
    foundCase: Case;
}
/** How one property ended. */
export interface PropertyOutcome {
    property: PropertyName;
    status: 'passed' | 'failed' | 'inconclusive';
    runs: number;
    /** Runs whose answer was a 5xx, a throttle or a lost response. */
    inconclusive: number;
    requests: number;
    durationMs: number;
    reason?: string;
    finding?: Finding;
}
/** The result of one exploration. */
export interface ExploreResult {
    seed: number;
    runs: number;
    properties: PropertyOutcome[];
}
/** Options of explore(). */
export interface ExploreOptions {
    runs?: number;
    /** fast-check seed; random (and reported) when absent. */
    seed?: number;
    /** Where found cases are written; undefined writes none. */
    foundDir?: string;
    properties?: readonly PropertyName[];
}
/** A fresh random seed (32-bit, as fast-check takes). */
export declare function randomSeed(): number;
/** Runs the properties on the session's target, judged by `spec`. */
export declare function explore(session: Session, spec: Spec, options?: ExploreOptions): Promise<ExploreResult>;
/** Each property as a CaseResult, for report.json. */
export declare function exploreCaseResults(r: ExploreResult): CaseResult[];
