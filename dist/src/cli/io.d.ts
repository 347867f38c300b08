/** The process's own streams and environment as a command's Io (bin/kpc.js uses it). */
import type { Io } from './command.ts';
/** Io bound to this process: stdout, stderr, the environment, and whether stderr is a terminal. */
export declare function processIo(): Io;
/** The stderr of `io` as the stream a progress reporter writes to. */
export declare function errStream(io: Io): {
    write(s: string): boolean;
    isTTY?: boolean;
    columns?: number;
};
/** Calls `onSignal` on SIGINT and SIGTERM until the returned function is called. */
export declare function onInterrupt(onSignal: (sig: NodeJS.Signals) => void): () => void;
