import type { Case } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/** Every tag case, in a stable order. */
export declare function tagCases(spec: Spec): Case[];
