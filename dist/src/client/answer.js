/** The `Code` of an API error body, or undefined when the body carries none. The one reader of a Code. */
export function errorCode(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const code = body['Code'];
    return typeof code === 'string' && code !== '' ? code : undefined;
}
/** True for a throttling Code. Like the official SDK, any Code containing `Throttling` counts. */
export function isThrottlingCode(code) {
    return code?.includes('Throttling') ?? false;
}
function isApiBody(body) {
    return typeof body === 'object' && body !== null && !Array.isArray(body);
}
/** The first bytes of a body that is not the API's, for a message that names what came back. */
function notTheApi(ex) {
    const r = ex.response;
    const type = r.headers['content-type'] ?? 'no content type';
    const head = r.text.slice(0, 60).replace(/\s+/g, ' ').trim();
    return `${r.status} ${type}: ${head === '' ? '(empty body)' : JSON.stringify(head)}`;
}
/** Classifies one exchange. */
export function classify(ex) {
    const r = ex.response;
    if (r === undefined) {
        return { kind: 'no-answer', reason: ex.error?.message ?? 'no response', failure: ex.error?.failure };
    }
    const code = errorCode(r.body);
    if (isThrottlingCode(code))
        return { kind: 'throttled', status: r.status, code: code };
    if (r.status >= 500)
        return { kind: 'server-fault', status: r.status, code };
    if (!isApiBody(r.body) || r.status < 200 || (r.status >= 300 && r.status < 400)) {
        return {
            kind: 'no-answer',
            reason: `not an API answer (${notTheApi({ ...ex, response: r })})`,
            failure: undefined,
        };
    }
    return r.status < 300 ? { kind: 'accepted', status: r.status } : { kind: 'refused', status: r.status, code };
}
/** What an answer to a create says happened: only a definite refusal proves nothing was made. */
export function creation(a) {
    if (a.kind === 'accepted')
        return 'created';
    return a.kind === 'refused' || a.kind === 'throttled' ? 'not-created' : 'unknown';
}
/** True when the answer says nothing about the API, only about the way to it: the attempt is not clean. */
export function isInfrastructure(a) {
    return a.kind === 'throttled' || a.kind === 'server-fault' || a.kind === 'no-answer';
}
/** An answer in a few words: `200`, `400 KeyPair.AlreadyExist`, `no answer (…)`. */
export function describeAnswer(a) {
    if (a.kind === 'no-answer')
        return `no answer (${a.reason})`;
    return a.kind === 'accepted' || a.code === undefined ? String(a.status) : `${a.status} ${a.code}`;
}
