import { type LoadedCase } from '../cases/load.ts';
import { type CaseResult, type EngineEvent, type EngineListener, type EngineResult, type KeyFactory, type Session } from '../engine/index.ts';
import type { Report } from '../report/types.ts';
import type { RunConfig } from './config.ts';
/** What a front end adds to a run. */
export interface ConformanceOptions {
    listeners?: readonly EngineListener[];
    onListenerError?: (e: unknown, event: EngineEvent) => void;
    signal?: AbortSignal;
    /** Exploration, between the shared and the exclusive cases. */
    interlude?: (session: Session) => Promise<CaseResult[]>;
    /** The exploration seed, recorded in the report. */
    seed?: number;
    /** Where credentials come from (default process.env). */
    env?: NodeJS.ProcessEnv;
    /** Told things the user should know that are not results (leftovers of earlier runs). */
    onNote?: (line: string) => void;
    keys?: KeyFactory;
}
/** What a run produced. */
export interface ConformanceRun {
    report: Report;
    engine: EngineResult;
    cases: readonly LoadedCase[];
    ledgerPath: string;
}
/** The cases a run selects; a selection that matches nothing is a usage error saying so. */
export declare function loadSelection(config: RunConfig): LoadedCase[];
/** Makes the report folder, or says in one line why it cannot be used. */
export declare function prepareReportDir(dir: string): void;
/** Runs the selected cases against the configured target and builds the report. */
export declare function runConformance(config: RunConfig, o?: ConformanceOptions): Promise<ConformanceRun>;
