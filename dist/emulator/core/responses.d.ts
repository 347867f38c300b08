import type { ErrorRow } from '../../src/spec/types.ts';
import type { ApiError, CoreEnv, CoreResponse, Step } from './types.ts';
/** The content type of every API response. */
export declare const JSON_CONTENT_TYPE = "application/json;charset=utf-8";
/** A 200 with RequestId first, then the operation's fields. */
export declare function okResponse(env: CoreEnv, fields: Record<string, unknown>): CoreResponse;
/**
 * The row for an error: the operation's table, then the common one. A code no table has
 * (only the signature verifier produces one: InvalidTimeStamp.Format) keeps the status
 * and message it came with, marked undocumented.
 */
export declare function rowFor(env: CoreEnv, operation: string | undefined, error: ApiError): ErrorRow;
/** The error response for `error`, rendered from its spec row. */
export declare function errorOut(env: CoreEnv, operation: string | undefined, error: ApiError): CoreResponse;
/** A successful step. */
export declare function ok<T>(value: T): Step<T>;
/** A failed step with the given code (and parameter name for the message). */
export declare function fail(code: string, name?: string): {
    ok: false;
    error: ApiError;
};
/** MissingParameter naming the parameter. */
export declare function missing(name: string): {
    ok: false;
    error: ApiError;
};
/** InvalidParameter naming the parameter. */
export declare function invalid(name: string): {
    ok: false;
    error: ApiError;
};
