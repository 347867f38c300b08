/** One flag: its type, whether it repeats, a one-line help and the default shown in help. */
export interface FlagSpec {
    type: 'string' | 'boolean';
    multiple?: boolean;
    help: string;
    placeholder?: string;
    /** What applies when the flag is absent, as help shows it. */
    default?: string;
}
/** A command's flags by name. */
export type FlagTable = Record<string, FlagSpec>;
/** The parsed values of a flag table. */
export type FlagValues<T extends FlagTable> = {
    [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K]['multiple'] extends true ? string[] : string;
};
/** Parses argv against a flag table; an unknown flag or a missing value is a usage error naming it. */
export declare function parseFlags<T extends FlagTable>(argv: readonly string[], table: T): {
    values: FlagValues<T>;
    positionals: string[];
};
/** Help lines for a flag table: each flag, its help, and its default. */
export declare function flagHelp(table: FlagTable): string;
/** Parses a whole-number flag or throws a usage error naming it. */
export declare function intFlag(name: string, v: string | undefined): number | undefined;
/** Refuses positional arguments a command does not take. */
export declare function noPositionals(command: string, positionals: readonly string[]): void;
