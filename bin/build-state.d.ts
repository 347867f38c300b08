/** The package's root folder. */
export declare const root: string;
/** The compiled entry of the CLI. */
export declare const builtMain: string;
/** True when dist/ exists and no source is newer than it. */
export declare function distIsFresh(): boolean;
