import { type Io } from './command.ts';
/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export declare function main(argv: readonly string[], io: Io): Promise<number>;
