import { type RawHttpRequest } from './raw-request.ts';
import type { RpcCall } from './rpc-request.ts';
export interface VerifyEnv {
    now: Date;
    lookupSecret(accessKeyId: string): string | undefined;
    nonceSeen(accessKeyId: string, nonce: string): boolean;
}
export type VerifyResult = {
    ok: true;
    accessKeyId: string;
    nonce: string;
} | {
    ok: false;
    status: number;
    code: string;
    message: string;
};
/** How far a request's time may be from the server's clock, either way. */
export declare const MAX_CLOCK_SKEW_MS: number;
/** Verifies `call` (parsed from `raw`) against the key store, clock and nonce memory in `env`. */
export declare function verifyRequest(raw: RawHttpRequest, call: RpcCall, env: VerifyEnv): VerifyResult;
/** Parses `YYYY-MM-DDThh:mm:ss[.fff]Z` strictly (no offsets, no impossible dates). */
export declare function parseUtcTimestamp(s: string): number | undefined;
