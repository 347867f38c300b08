/**
 * What a `kpc` command is: a name, a summary, its flags and a function from parsed flags to
 * an exit code. The dispatcher (main.ts) prints every command's help from this, handles
 * `-h`/`--help` the same way everywhere, and turns faults into one line and an exit code.
 */
import type { FlagTable, FlagValues } from './flags.ts';
/** Where a command writes, and what it may read of its process. */
export interface Io {
    out(text: string): void;
    err(text: string): void;
    env: NodeJS.ProcessEnv;
    /** Whether stderr is a terminal (live progress). */
    interactive: boolean;
    /** Stops a long-running command (the emulator) as SIGINT would; in-process callers use it. */
    signal?: AbortSignal;
}
/** One command. */
export interface Command<T extends FlagTable = FlagTable> {
    /** `run`, or `pact verify` for a subcommand. */
    name: string;
    summary: string;
    /** What follows the command name in a usage line, e.g. `A B [--format md|json]`. */
    usage: string;
    /** Paragraphs for --help, after the usage line. */
    description?: string;
    flags: T;
    /** The exit codes, one line. */
    exits: string;
    run(args: {
        values: FlagValues<T>;
        positionals: string[];
    }, io: Io): Promise<number>;
}
/** A command's full --help text. */
export declare function helpOf(c: Command): string;
/** Declares a command with its flag table's types carried through. */
export declare function defineCommand<T extends FlagTable>(c: Command<T>): Command<T>;
