/**
 * The RawHttpRequest a server would receive for a signed request: what a client sends,
 * in the shape parseRpcRequest and verifyRequest take. Lets tests (and the emulator's
 * in-process callers) go from signing to verification without a socket.
 */
import { canonicalQuery } from './percent-encode.js';
const FORM = 'application/x-www-form-urlencoded';
const utf8 = new TextEncoder();
/** A V1 parameter set sent as a GET query or as a POST form body. */
export function rawRequestV1(params, opts) {
    const encoded = canonicalQuery(Object.entries(params));
    if (opts.method === 'GET') {
        return { method: 'GET', url: `/?${encoded}`, headers: { host: opts.host }, body: new Uint8Array(0) };
    }
    return { method: 'POST', url: '/', headers: { host: opts.host, 'content-type': FORM }, body: utf8.encode(encoded) };
}
/** A V3-signed request as sent: the query on the path, the signed headers, the body. */
export function rawRequestV3(signed, body = new Uint8Array(0)) {
    return {
        method: signed.method,
        url: signed.query === '' ? signed.path : `${signed.path}?${signed.query}`,
        headers: { ...signed.headers },
        body,
    };
}
