/** `1m05s`, `42s`, `<1s`. */
export function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 1000)
        return '<1s';
    const s = Math.round(ms / 1000);
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
/** Time left, extrapolated from the pace so far; undefined before the first result. */
export function eta(done, total, elapsedMs) {
    return done === 0 ? undefined : (elapsedMs / done) * Math.max(0, total - done);
}
/** The live line: `57/130 cases · 2 failed · ETA 3s`. */
export function progressLine(done, total, failed, elapsedMs) {
    const left = eta(done, total, elapsedMs);
    return `${done}/${total} cases · ${failed} failed · ${done >= total ? `done in ${formatDuration(elapsedMs)}` : `ETA ${left === undefined ? '…' : formatDuration(left)}`}`;
}
/** The highest tenth of the run crossed going from `before` to `after` done, if any (plain mode prints a line then). */
export function tenthCrossed(before, after, total) {
    if (total <= 0)
        return undefined;
    const tenth = (n) => Math.floor((n * 10) / total);
    return tenth(after) > tenth(before) ? tenth(after) : undefined;
}
const CLEAR = '\r\x1b[2K';
/** The progress reporter. */
export function progressReporter(opts) {
    const stream = opts.stream;
    const live = !opts.verbose && (opts.live ?? false);
    const now = opts.now ?? (() => performance.now());
    let total = 0;
    let done = 0;
    let failed = 0;
    let started = 0;
    const fit = (s) => stream.columns && s.length >= stream.columns ? `${s.slice(0, stream.columns - 2)}…` : s;
    const draw = () => void stream.write(`${CLEAR}${fit(progressLine(done, total, failed, now() - started))}`);
    return {
        name: 'progress',
        onRunStart(e) {
            total = e.cases.length;
            started = now();
            if (live)
                draw();
            else
                stream.write(`running ${total} case(s) against ${e.targetUrl}\n`);
        },
        onCaseResult(r) {
            const before = done;
            done++;
            if (opts.verbose) {
                if (r.status === 'failed')
                    failed++;
                const attempt = r.attempt > 1 ? ` (attempt ${r.attempt})` : '';
                return void stream.write(`${r.status.toUpperCase().padEnd(12)} ${r.id}${attempt}${r.reason ? `: ${r.reason}` : ''}\n`);
            }
            if (r.status === 'failed') {
                failed++;
                const line = `FAIL ${r.id} (${r.brokenRules.join(', ') || 'mismatch'})`;
                stream.write(live ? `${CLEAR}${line}\n` : `${line}\n`);
            }
            if (live)
                draw();
            else {
                const t = tenthCrossed(before, done, total);
                if (t !== undefined)
                    stream.write(`${t * 10}% ${progressLine(done, total, failed, now() - started)}\n`);
            }
        },
        onRunEnd() {
            if (live)
                stream.write(`${CLEAR}${progressLine(done, total, failed, now() - started)}\n`);
        },
    };
}
