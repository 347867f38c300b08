/**
 * Turns operation results into HTTP responses. Every error goes through the spec's
 * errorResponse() from a spec row; the body is JSON as the real service sends it.
 */
import { errorResponse } from '../../src/spec/error-response.js';
/** The content type of every API response. */
export const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';
function headers(env) {
    return { 'content-type': JSON_CONTENT_TYPE, 'x-acs-request-id': env.requestId };
}
/** A 200 with RequestId first, then the operation's fields. */
export function okResponse(env, fields) {
    return {
        status: 200,
        headers: headers(env),
        body: JSON.stringify(env.behaviour.renderBody({ RequestId: env.requestId, ...fields }, 200)),
    };
}
/**
 * The row for an error: the operation's table, then the common one. A code no table has
 * (only the signature verifier produces one: InvalidTimeStamp.Format) keeps the status
 * and message it came with, marked undocumented.
 */
export function rowFor(env, operation, error) {
    const row = env.behaviour.errorRow(env.spec, operation ?? '', error.code);
    if (row !== undefined)
        return row;
    return {
        code: error.code,
        status: error.status ?? 400,
        message: error.message ?? error.code,
        evidence: 'undocumented',
        table: 'common',
    };
}
/** The error response for `error`, rendered from its spec row. */
export function errorOut(env, operation, error) {
    const row = rowFor(env, operation, error);
    const { status, body } = errorResponse(row, {
        requestId: env.requestId,
        hostId: env.hostId,
        ...(error.name !== undefined ? { vars: { Name: error.name } } : {}),
        ...(error.message !== undefined ? { message: error.message } : {}),
    });
    return { status, headers: headers(env), body: JSON.stringify(env.behaviour.renderBody({ ...body }, status)) };
}
/** A successful step. */
export function ok(value) {
    return { ok: true, value };
}
/** A failed step with the given code (and parameter name for the message). */
export function fail(code, name) {
    return { ok: false, error: name === undefined ? { code } : { code, name } };
}
/** MissingParameter naming the parameter. */
export function missing(name) {
    return fail('MissingParameter', name);
}
/** InvalidParameter naming the parameter. */
export function invalid(name) {
    return fail('InvalidParameter', name);
}
