import type { Case, CaseFile } from '../cases/types.ts';
import type { Spec } from '../spec/types.ts';
import type { BodyTemplate, TagTemplate } from './arbitraries.ts';
import type { Verdict } from './model.ts';
import type { TraceStep } from './stateful.ts';
/** The default folder of found cases. */
export declare const DEFAULT_FOUND_DIR: string;
/** A stem like `ikp-name-charset-1234` or `name-valid-1234`: the file's name and the case's id. */
export declare function foundStem(kindOrRule: string, seed: number): string;
/** The case for a name counterexample. */
export declare function nameCase(spec: Spec, stem: string, t: {
    prefix: string;
    suffix: string;
    length: number;
}, sent: string, verdict: Verdict, seen: string): Case;
/** The case for a tags counterexample (tag text as literals: it may hold `${`). */
export declare function tagsCase(spec: Spec, stem: string, tags: readonly TagTemplate[], verdict: Verdict, seen: string): Case;
/** The case for a body counterexample: a fresh key where the body is one, the exact text otherwise. */
export declare function bodyCase(spec: Spec, stem: string, t: BodyTemplate, body: string, verdict: Verdict, seen: string): Case;
/** The case for a stateful counterexample: the shrunk sequence, step by step, up to where the target left the model. */
export declare function sequenceCase(stem: string, seed: number, trace: readonly TraceStep[], seen: string): Case;
/** The case file holding one found case. */
export declare function foundFile(c: Case, property: string, seed: number): CaseFile;
/** Writes a found case file as `<dir>/<stem>.yaml`; returns its path. */
export declare function writeFoundFile(dir: string, stem: string, file: CaseFile): string;
