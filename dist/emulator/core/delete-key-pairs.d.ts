import type { CoreEnv, EmulatorState, OpResult, Step } from './types.ts';
type Params = Readonly<Record<string, string>>;
/** The names of a KeyPairNames value, or InvalidKeyPairNames.ValueNotSupported. */
export declare function parseKeyPairNames(env: CoreEnv, text: string): Step<string[]>;
/** DeleteKeyPairs: removes the named key pairs of the region. */
export declare function deleteKeyPairs(state: EmulatorState, params: Params, env: CoreEnv): OpResult;
export {};
