/**
 * Reporters are named, optional hooks: the engine emits events and knows no reporter
 * (vitest's reporters). `reporterListener` turns engine events into hooks; the finished
 * report reaches `onRunEnd`. Each hook may be async; a reporter that throws is reported
 * through `onError` and never changes the verdict.
 */
import type { LoadedCase } from '../cases/load.ts';
import type { CaseResult, EngineListener, ExchangeEvent } from '../engine/index.ts';
import type { Report } from './types.ts';
/** What a reporter is told when the run starts. */
export interface RunStart {
    cases: readonly LoadedCase[];
    reportDir: string;
    targetUrl: string;
}
/** A named set of optional hooks. */
export interface Reporter {
    name: string;
    onRunStart?(e: RunStart): void | Promise<void>;
    onCaseResult?(r: CaseResult): void | Promise<void>;
    /** Every request of the run as it comes back (cases, preflight, exploration, teardown). */
    onExchange?(e: ExchangeEvent): void | Promise<void>;
    onRunEnd?(report: Report, reportDir: string): void | Promise<void>;
}
type Hook = 'onRunStart' | 'onCaseResult' | 'onExchange' | 'onRunEnd';
/** Told when a reporter's hook throws. */
export type ReporterError = (reporter: string, hook: Hook, e: unknown) => void;
/** Calls one hook on every reporter, isolating failures. */
export declare function emit<K extends Hook>(reporters: readonly Reporter[], hook: K, args: Parameters<NonNullable<Reporter[K]>>, onError?: ReporterError): Promise<void>;
/** The engine listener that feeds reporters: run start and every finished case. */
export declare function reporterListener(reporters: readonly Reporter[], reportDir: string, onError?: ReporterError): EngineListener;
export {};
