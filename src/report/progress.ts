import type { CaseResult } from '../engine/index.ts';
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
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 1000) return '<1s';
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** Time left, extrapolated from the pace so far; undefined before the first result. */
export function eta(done: number, total: number, elapsedMs: number): number | undefined {
  return done === 0 ? undefined : (elapsedMs / done) * Math.max(0, total - done);
}

/** The live line: `57/130 cases · 2 failed · ETA 3s`. */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number): string {
  const left = eta(done, total, elapsedMs);
  const state =
    done >= total ? `done in ${formatDuration(elapsedMs)}` : `ETA ${left === undefined ? '…' : formatDuration(left)}`;
  return `${done}/${total} cases · ${failed} failed · ${state}`;
}

/** The highest tenth of the run crossed going from `before` to `after` done, if any (plain mode prints a line then). */
export function tenthCrossed(before: number, after: number, total: number): number | undefined {
  if (total <= 0) return undefined;
  const tenth = (n: number): number => Math.floor((n * 10) / total);
  return tenth(after) > tenth(before) ? tenth(after) : undefined;
}

const CLEAR = '\r\x1b[2K';

/** The progress reporter. */
export function progressReporter(opts: ProgressOptions): Reporter {
  const stream = opts.stream;
  const live = !opts.verbose && (opts.live ?? false);
  const now = opts.now ?? (() => performance.now());
  let total = 0;
  let done = 0;
  let failed = 0;
  let started = 0;
  const fit = (s: string): string =>
    stream.columns && s.length >= stream.columns ? `${s.slice(0, stream.columns - 2)}…` : s;
  const draw = (): void => void stream.write(`${CLEAR}${fit(progressLine(done, total, failed, now() - started))}`);
  return {
    name: 'progress',
    onRunStart(e) {
      total = e.cases.length;
      started = now();
      if (live) draw();
      else stream.write(`running ${total} case(s) against ${e.targetUrl}\n`);
    },
    onCaseResult(r: CaseResult) {
      const before = done;
      done++;
      if (opts.verbose) {
        if (r.status === 'failed') failed++;
        const attempt = r.attempt > 1 ? ` (attempt ${r.attempt})` : '';
        return void stream.write(
          `${r.status.toUpperCase().padEnd(12)} ${r.id}${attempt}${r.reason ? `: ${r.reason}` : ''}\n`,
        );
      }
      if (r.status === 'failed') {
        failed++;
        const line = `FAIL ${r.id} (${r.brokenRules.join(', ') || 'mismatch'})`;
        stream.write(live ? `${CLEAR}${line}\n` : `${line}\n`);
      }
      if (live) draw();
      else {
        const t = tenthCrossed(before, done, total);
        if (t !== undefined) stream.write(`${t * 10}% ${progressLine(done, total, failed, now() - started)}\n`);
      }
    },
    onRunEnd() {
      if (live) stream.write(`${CLEAR}${progressLine(done, total, failed, now() - started)}\n`);
    },
  };
}
