import type { ErrorRow, Rule, Spec } from './types.ts';
/** The spec folder shipped with the package. */
export declare const DEFAULT_SPEC_DIR: string;
/** Loads and validates every spec file in `dir`, then cross-checks references between them. */
export declare function loadSpec(dir?: string): Spec;
/** The shipped spec, loaded once per process. */
export declare function defaultSpec(): Spec;
/** Every rule of every operation, in file order. */
export declare function allRules(spec: Spec): Rule[];
/** Finds a rule by id or throws. */
export declare function ruleById(spec: Spec, id: string): Rule;
/** The error row for a code as seen from an operation: its own table first, then the common errors. */
export declare function errorRow(spec: Spec, operation: string, code: string): ErrorRow | undefined;
