import type { GeneratedFile } from './generate.ts';
/**
 * The I/O shell of generation: write the files into suites/generated, or compare what is
 * committed there with a fresh generation. The folder belongs to the generator, so a
 * YAML file it no longer produces is stale and removed.
 */
/** Where generated suites live. */
export declare const GENERATED_DIR: string;
/** Why a committed file differs from a fresh generation. */
export interface Staleness {
    file: string;
    reason: 'missing' | 'differs' | 'not generated';
}
/** Every difference between `dir` and `files`; empty when the committed files are current. */
export declare function staleFiles(dir: string, files: readonly GeneratedFile[]): Staleness[];
/** Writes `files` into `dir` and removes YAML files the generator no longer produces. */
export declare function writeGenerated(dir: string, files: readonly GeneratedFile[]): {
    written: string[];
    removed: string[];
};
