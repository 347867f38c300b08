/** `kpc diff`. */
export declare const DIFF: import("./command.ts").Command<{
    format: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
}>;
