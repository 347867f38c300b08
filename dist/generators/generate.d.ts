import type { Case, CaseFile } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/**
 * The generated suites: one file per concern, each a pure function of the spec. The
 * same spec always gives byte-identical files (no clock, no randomness, fixed order).
 */
/** One generated file's concern: its file name, suite id, description and generator. */
interface SuiteDef {
    file: string;
    suite: string;
    description: string;
    build: (spec: Spec) => Case[];
}
/** The generated files, in the order they are written. */
export declare const SUITES: readonly SuiteDef[];
/** A generated file: its name inside suites/generated, its case file and its text. */
export interface GeneratedFile {
    file: string;
    caseFile: CaseFile;
    text: string;
}
/** Every generated case file for `spec`, rendered. */
export declare function generateFiles(spec: Spec): GeneratedFile[];
export {};
