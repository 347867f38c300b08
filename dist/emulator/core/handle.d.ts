import type { CoreEnv, EmulatorState, Operation, Outcome, RawHttpRequest } from './types.ts';
/** The operations the emulator serves, by action name. */
export declare const OPERATIONS: Readonly<Record<string, Operation>>;
/** Handles one API request: the next state and the response. Pure; never throws. */
export declare function handle(state: EmulatorState, request: RawHttpRequest, env: CoreEnv): Outcome;
