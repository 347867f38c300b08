import type { Case } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/**
 * ResourceGroupId: an unknown group fails with the documented 404 row; a group that
 * exists (named by the run's configuration) is accepted, on targets that have one.
 */
/** The unknown-group rejection and the known-group acceptance. */
export declare function resourceGroupCases(spec: Spec): Case[];
