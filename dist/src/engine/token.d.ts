/** A fresh token: `kpc` followed by ten base36 characters (13 characters in all). */
export declare function newRunToken(random?: () => number): string;
/** True for a string shaped like a run token. */
export declare function isRunToken(s: string): boolean;
