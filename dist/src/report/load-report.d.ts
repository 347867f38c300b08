import type { Report } from './types.ts';
/**
 * Reads a report.json a user names on the command line. Every way it can be wrong is a
 * usage error naming the file, so `kpc diff` and `kpc report merge` exit 2 with a reason.
 */
/** `path` itself when it is a file, `path/report.json` when it is a directory. */
export declare function reportPathOf(path: string): string;
/** Checks that a parsed value is a report.json (version 1); returns what is wrong, or undefined. */
export declare function reportProblem(v: unknown): string | undefined;
/** Reads and validates a report file (or a directory holding report.json). */
export declare function readReportFile(path: string): Report;
