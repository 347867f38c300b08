/**
 * Authentication: parse the RPC call, then (when required) verify its V1 or V3
 * signature, time stamp and nonce. An accepted nonce is recorded in the state it returns,
 * so a replay within 15 minutes fails even when the first request's operation failed.
 */
import { type RawHttpRequest, type RpcCall } from '../../src/sign/index.ts';
import type { ApiError, CoreEnv, EmulatorState } from './types.ts';
export type AuthResult = {
    ok: true;
    call: RpcCall;
    state: EmulatorState;
} | {
    ok: false;
    error: ApiError;
};
/** The call the request makes, with the state after recording its nonce; or why it is refused. */
export declare function authenticate(state: EmulatorState, raw: RawHttpRequest, env: CoreEnv): AuthResult;
