/**
 * Turns operation results into HTTP responses. Every error goes through the spec's
 * errorResponse() from a spec row; the body is JSON or XML as the request asked (format.ts).
 */
import { errorResponse } from '../../src/spec/error-response.ts';
import type { ErrorRow } from '../../src/spec/types.ts';
import { contentTypeOf } from './format.ts';
import type { ApiError, CoreEnv, CoreResponse, Step } from './types.ts';

export { JSON_CONTENT_TYPE } from './format.ts';

function headers(env: CoreEnv): Record<string, string> {
  return { 'content-type': contentTypeOf(env.format), 'x-acs-request-id': env.requestId };
}

/** A 200 with RequestId first, then the operation's fields; XML's root is `<ActionResponse>`. */
export function okResponse(env: CoreEnv, action: string, fields: Record<string, unknown>): CoreResponse {
  const body = env.behaviour.renderBody({ RequestId: env.requestId, ...fields }, 200);
  return { status: 200, headers: headers(env), body: env.behaviour.writeBody(env.format, `${action}Response`, body) };
}

/**
 * The row for an error: the operation's table, then the common one. A code no table has
 * (only the signature verifier produces one: InvalidTimeStamp.Format) keeps the status
 * and message it came with, marked undocumented.
 */
export function rowFor(env: CoreEnv, operation: string | undefined, error: ApiError): ErrorRow {
  const row = env.behaviour.errorRow(env.spec, operation ?? '', error.code);
  if (row !== undefined) return row;
  return {
    code: error.code,
    status: error.status ?? 400,
    message: error.message ?? error.code,
    evidence: 'undocumented',
    table: 'common',
  };
}

/** The error response for `error`, rendered from its spec row. */
export function errorOut(env: CoreEnv, operation: string | undefined, error: ApiError): CoreResponse {
  const row = rowFor(env, operation, error);
  const { status, body } = errorResponse(row, {
    requestId: env.requestId,
    hostId: env.hostId,
    ...(error.name !== undefined ? { vars: { Name: error.name } } : {}),
    ...(error.message !== undefined ? { message: error.message } : {}),
  });
  const rendered = env.behaviour.renderBody({ ...body }, status);
  return { status, headers: headers(env), body: env.behaviour.writeBody(env.format, 'Error', rendered) };
}

/** A successful step. */
export function ok<T>(value: T): Step<T> {
  return { ok: true, value };
}

/** A failed step with the given code (and parameter name for the message). */
export function fail(code: string, name?: string): { ok: false; error: ApiError } {
  return { ok: false, error: name === undefined ? { code } : { code, name } };
}

/** MissingParameter naming the parameter. */
export function missing(name: string): { ok: false; error: ApiError } {
  return fail('MissingParameter', name);
}

/** InvalidParameter naming the parameter. */
export function invalid(name: string): { ok: false; error: ApiError } {
  return fail('InvalidParameter', name);
}
