/** `kpc report merge`. */
export declare const MERGE: import("./command.ts").Command<{
    out: {
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
    baseline: {
        type: "string";
        placeholder: string;
        help: string;
    };
}>;
