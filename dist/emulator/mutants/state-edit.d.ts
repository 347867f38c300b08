import type { EmulatorState, KeyPairRecord } from '../core/types.ts';
/** The region whose key-pair list differs between two states (an import's region). */
export declare function changedRegion(before: EmulatorState, after: EmulatorState): string | undefined;
/** `after` with the record an import just added replaced by `edit(record)`. */
export declare function editNewRecord(before: EmulatorState, after: EmulatorState, edit: (r: KeyPairRecord) => KeyPairRecord): EmulatorState;
/** `state` with one more refused import counted in `region`. */
export declare function countRefusal(state: EmulatorState, region: string): EmulatorState;
