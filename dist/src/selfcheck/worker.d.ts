import { type MutantRunOptions } from './run-mutant.ts';
import type { MutantOutcome } from './types.ts';
/** Parent → worker. */
export type ToWorker = {
    type: 'run';
    mutant: string;
    casesDir: string;
    options: MutantRunOptions;
};
/** Worker → parent. */
export type FromWorker = {
    type: 'ready';
} | {
    type: 'result';
    outcome: MutantOutcome;
} | {
    type: 'failed';
    mutant: string;
    message: string;
};
/** Serves tasks until the parent disconnects; resolves to the exit code. */
export declare function runWorker(): Promise<number>;
