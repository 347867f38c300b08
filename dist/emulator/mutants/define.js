/** Building a mutant: FAITHFUL with one field overridden, frozen like FAITHFUL. */
import { FAITHFUL } from '../core/behaviour.js';
/** A mutant from its spec: `{ ...FAITHFUL, ...change }`. */
export function defineMutant(spec) {
    const { change, equivalent = false, ...rest } = spec;
    return Object.freeze({ ...rest, equivalent, behaviour: Object.freeze({ ...FAITHFUL, ...change }) });
}
