import type { CoreEnv, EmulatorState, OpResult } from './types.ts';
type Params = Readonly<Record<string, string>>;
/** ImportKeyPair: validates, then stores the key pair and returns its fingerprint. */
export declare function importKeyPair(state: EmulatorState, params: Params, env: CoreEnv): OpResult;
export {};
