import type { Session } from '../engine/index.ts';
import type { ProviderState } from './provider-states.ts';
/** What state setup needs to know about the target. */
export interface StateEnv {
    session: Session;
    /** The reference emulator's origin when the target is one (control endpoints usable). */
    emulatorUrl: string | undefined;
    /** Whether filling a region to its quota is allowed. */
    quotaTest: boolean;
    region(contractRegion: string): string;
    resourceGroup(contractId: string): string;
}
/** A state kpc will not set up here; the message says what would allow it. */
export declare class StateRefused extends Error {
}
/** True when `name` exists in `region` and is not this verification's; false when absent or unknowable. */
export declare function isForeign(session: Session, region: string, name: string): Promise<boolean>;
/** Sets up one provider state on the target. */
export declare function setUpState(s: ProviderState, env: StateEnv): Promise<void>;
