/** The exploration seed the self-check uses unless told otherwise: a fixed one, so the verdict is reproducible. */
export declare const SELFCHECK_SEED = 20240501;
/** `kpc selfcheck`. */
export declare const SELFCHECK: import("./command.ts").Command<{
    only: {
        type: "string";
        placeholder: string;
        help: string;
    };
    jobs: {
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
    cases: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    explore: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    seed: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    list: {
        type: "boolean";
        help: string;
    };
    worker: {
        type: "boolean";
        help: string;
    };
}>;
