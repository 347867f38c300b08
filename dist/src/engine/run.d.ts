/**
 * The engine: the one function that runs a selection of cases against a client. Shared
 * cases run concurrently; then the interlude (exploration) on the same session; then the
 * exclusive cases (the quota) one at a time, so no other case ever meets a full region;
 * then teardown. Everything that happens is reported as events; cancellation stops new
 * cases, fails the calls in flight and still tears down.
 */
import type { LoadedCase } from '../cases/load.ts';
import { type CaseRunOptions } from './case.ts';
import { type EngineEvent, type EngineListener } from './events.ts';
import { type CaseResult, type TeardownResult } from './result.ts';
import { Session, type SessionOptions } from './session.ts';
import { type TeardownOptions } from './teardown.ts';
/** How the engine runs. */
export interface EngineOptions extends Omit<SessionOptions, 'emit'>, Partial<CaseRunOptions> {
    /** The target's URL, for the run-start event. */
    target: string;
    listeners?: readonly EngineListener[];
    /** Told when a listener throws; the run goes on. */
    onListenerError?: (e: unknown, event: EngineEvent) => void;
    /** Runs on the session before anything else (the preflight); a throw ends the run before it starts. */
    before?: (session: Session) => Promise<void>;
    /** Work on the same session between the shared and the exclusive cases (exploration); its results join the run's. */
    interlude?: (session: Session) => Promise<CaseResult[]>;
    /** Teardown options, or false to leave everything (a throw-away emulator). */
    teardown?: TeardownOptions | false;
}
/** What a run did. */
export interface EngineResult {
    token: string;
    /** One result a case, in the order of `cases`, then the interlude's. */
    results: CaseResult[];
    teardown: TeardownResult | undefined;
    interrupted: boolean;
}
/** Default re-runs of a case after an infrastructure fault. */
export declare const DEFAULT_CASE_RETRIES = 2;
/** Runs `cases` and tears down; resolves when everything is over, whatever the target did. */
export declare function runEngine(cases: readonly LoadedCase[], o: EngineOptions): Promise<EngineResult>;
