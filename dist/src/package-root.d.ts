/** The package's root folder. */
export declare const PACKAGE_ROOT: string;
/** A path inside the package. */
export declare function packagePath(...parts: string[]): string;
/** The package's version, from its package.json. */
export declare function packageVersion(): string;
