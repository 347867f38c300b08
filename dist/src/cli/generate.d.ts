/** `kpc generate`. */
export declare const GENERATE: import("./command.ts").Command<{
    check: {
        type: "boolean";
        help: string;
    };
    spec: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    out: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
}>;
