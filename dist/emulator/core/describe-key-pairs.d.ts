import type { CoreEnv, EmulatorState, KeyPairRecord, OpResult } from './types.ts';
type Params = Readonly<Record<string, string>>;
/** The item shape DescribeKeyPairs returns for one key pair. */
export declare function describeItem(k: KeyPairRecord, includePublicKey: boolean): Record<string, unknown>;
/** DescribeKeyPairs: one page of the matching key pairs, with the total count. */
export declare function describeKeyPairs(state: EmulatorState, params: Params, env: CoreEnv): OpResult;
export {};
