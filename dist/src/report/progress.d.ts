import type { Reporter } from './reporter.ts';
/**
 * Progress while a run is going. On a terminal: one live line (cases done of total,
 * failures, ETA) redrawn in place, each failure printed above it as it happens. In CI or
 * when stderr is not a terminal: plain lines, one per tenth of the run and one per failure,
 * which read well in a log that cannot redraw.
 */
/** Where progress goes: stderr, or a test's fake. */
export interface ProgressStream {
    write(s: string): unknown;
    isTTY?: boolean;
    columns?: number;
}
/** Options of the progress reporter. */
export interface ProgressOptions {
    stream: ProgressStream;
    /** Redraw one line in place (a terminal, not CI); default false. */
    live?: boolean;
    /** One line per finished case instead of the progress line. */
    verbose?: boolean;
    now?: () => number;
}
/** `1m05s`, `42s`, `<1s`. */
export declare function formatDuration(ms: number): string;
/** Time left, extrapolated from the pace so far; undefined before the first result. */
export declare function eta(done: number, total: number, elapsedMs: number): number | undefined;
/** The live line: `57/130 cases · 2 failed · ETA 3s`. */
export declare function progressLine(done: number, total: number, failed: number, elapsedMs: number): string;
/** The highest tenth of the run crossed going from `before` to `after` done, if any (plain mode prints a line then). */
export declare function tenthCrossed(before: number, after: number, total: number): number | undefined;
/** The progress reporter. */
export declare function progressReporter(opts: ProgressOptions): Reporter;
