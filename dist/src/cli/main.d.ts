import { type Command, type Io } from './command.ts';
/** Runs one command with its arguments: -h/--help from its table, faults as one line and an exit code. */
export declare function runCommand(command: Command, argv: readonly string[], io: Io): Promise<number>;
/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export declare function main(argv: readonly string[], io: Io): Promise<number>;
