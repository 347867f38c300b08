import type { Case } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/**
 * RegionId: a region that does not exist is rejected (the document names no code, so a
 * 4xx is asserted and the code recorded); a second, existing region is accepted.
 */
/** The unknown-region rejection and the second-region acceptance. */
export declare function regionCases(spec: Spec): Case[];
