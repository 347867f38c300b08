import type { ExchangeEvent } from '../engine/index.ts';
import type { Reporter } from './reporter.ts';
/** One line of exchanges.jsonl. */
export interface ExchangeLine {
    /** Who sent it: a case id, `preflight`, `teardown`, `explore/…`. */
    label: string;
    action: string;
    /** ms since the epoch (performance.timeOrigin based) when the last attempt started and ended. */
    start: number;
    end: number;
    attempts: number;
    answer: ExchangeEvent['answer']['kind'];
    status: number | undefined;
    request: {
        method: string;
        url: string;
        headers: Record<string, string>;
        body: string;
    };
}
/** The exchanges reporter. */
export declare function exchangesReporter(): Reporter;
