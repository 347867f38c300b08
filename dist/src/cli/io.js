/** Io bound to this process: stdout, stderr, the environment, and whether stderr is a terminal. */
export function processIo() {
    return {
        out: (s) => void process.stdout.write(s),
        err: (s) => void process.stderr.write(s),
        env: process.env,
        interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
    };
}
/** The stderr of `io` as the stream a progress reporter writes to. */
export function errStream(io) {
    return {
        write: (s) => (io.err(s), true),
        ...(io.interactive ? { isTTY: true, columns: process.stderr.columns } : {}),
    };
}
/** Calls `onSignal` on SIGINT and SIGTERM until the returned function is called. */
export function onInterrupt(onSignal) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
