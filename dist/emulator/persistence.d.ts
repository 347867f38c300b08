import type { EmulatorState, RegionState } from './core/types.ts';
/** The file's JSON shape, versioned. */
export interface PersistedState {
    kpcEmulatorState: 1;
    regions: Record<string, RegionState>;
    resourceGroups: string[];
}
/** The persisted part of a state, as file text. */
export declare function serializeState(state: EmulatorState): string;
/** Why `data` is not a persisted state, or undefined when it is one. */
export declare function invalidReason(data: unknown): string | undefined;
/** Loads a state file; a missing file is an empty state, a corrupt one a KPC_STATE_FILE error naming it. */
export declare function loadStateFile(file: string, resourceGroups?: readonly string[]): EmulatorState;
/** Writes `text` to `file` atomically and durably. */
export declare function writeAtomic(file: string, text: string): Promise<void>;
/** Serialised, coalescing writer: save() resolves once a write that includes its state is on disk. */
export interface StateWriter {
    save(text: string): Promise<void>;
    /** Resolves when no write is in progress. */
    idle(): Promise<void>;
}
/** A writer for `file`; concurrent saves share one write of the newest text. */
export declare function createStateWriter(file: string): StateWriter;
