import type { Case, CaseFile } from './types.ts';
/** The suites folder shipped with the package. */
export declare const DEFAULT_SUITES_DIR: string;
/** A case with the file it came from, for error messages and reports. */
export interface LoadedCase extends Case {
    file: string;
    suite: string;
    origin: CaseFile['origin'];
}
/** Parses and validates case-file text; errors name the file and line. */
export declare function parseCaseFile(text: string, file: string): CaseFile;
/** Loads one case file. */
export declare function loadCaseFile(file: string): CaseFile;
/** Every *.yaml under `dir` (recursively, sorted), except the schema folder. */
export declare function caseFilesIn(dir: string): string[];
/** Loads every case under `dir`; case ids must be unique across files. */
export declare function loadCases(dir?: string): LoadedCase[];
