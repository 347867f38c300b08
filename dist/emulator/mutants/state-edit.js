/** Small state edits the persistence mutants make after the reference has decided. */
import { addKeyPair, regionOf } from '../core/state.js';
/** The region whose key-pair list differs between two states (an import's region). */
export function changedRegion(before, after) {
    return Object.keys(after.regions).find((r) => regionOf(after, r) !== regionOf(before, r));
}
/** `after` with the record an import just added replaced by `edit(record)`. */
export function editNewRecord(before, after, edit) {
    const region = changedRegion(before, after);
    const added = region === undefined ? undefined : regionOf(after, region).keyPairs.at(-1);
    return region === undefined || added === undefined ? after : addKeyPair(before, region, edit(added));
}
/** `state` with one more refused import counted in `region`. */
export function countRefusal(state, region) {
    const r = regionOf(state, region);
    const regions = { ...state.regions };
    Object.defineProperty(regions, region, {
        value: { ...r, refused: (r.refused ?? 0) + 1 },
        enumerable: true,
        writable: true,
        configurable: true,
    });
    return { ...state, regions };
}
