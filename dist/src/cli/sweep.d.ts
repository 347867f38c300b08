/** Parses 30s / 10m / 1h / 2d into milliseconds, or throws a usage error naming the flag. */
export declare function parseAge(s: string): number;
/** `kpc sweep`. */
export declare const SWEEP: import("./command.ts").Command<{
    target: {
        type: "string";
        placeholder: string;
        help: string;
    };
    region: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    'report-dir': {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    'older-than': {
        type: "string";
        placeholder: string;
        help: string;
    };
    'dry-run': {
        type: "boolean";
        help: string;
    };
}>;
