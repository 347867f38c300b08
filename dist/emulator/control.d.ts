import type { RawHttpRequest } from '../src/sign/index.ts';
import type { Spec } from '../src/spec/types.ts';
import type { Behaviour } from './core/behaviour.ts';
import type { CoreResponse, EmulatorState } from './core/types.ts';
/** The path prefix of control requests. */
export declare const CONTROL_PREFIX = "/__kpc/";
/** What control needs from the emulator that owns the state. */
export interface ControlHost {
    state(): EmulatorState;
    /** Replaces the state and persists it; resolves when it is durable. */
    commit(next: EmulatorState): Promise<void>;
    spec: Spec;
    behaviour: Behaviour;
    resourceGroups: readonly string[];
    now(): Date;
}
/** One key pair to seed; a key is generated when publicKey is absent. */
export interface SeedKeyPair {
    name: string;
    publicKey?: string;
    foreign?: boolean;
    tags?: Array<{
        key: string;
        value?: string;
    }>;
    resourceGroupId?: string;
}
/** Answers a control request. */
export declare function handleControl(host: ControlHost, raw: RawHttpRequest): Promise<CoreResponse>;
