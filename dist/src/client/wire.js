/**
 * The signed wire form of one attempt, built purely from the call, the credentials and an
 * injected time and nonce: signing happens per attempt because a retried request must carry
 * a fresh date and nonce (the server rejects a reused nonce).
 */
import { canonicalQuery } from '../sign/percent-encode.js';
import { signRequestV1 } from '../sign/sign-v1.js';
import { signRequestV3 } from '../sign/sign-v3.js';
import { targetForRegion } from './target.js';
// Unsigned, added after signing: identifies the tool in server logs.
const USER_AGENT = 'keypair-conformance';
/** `YYYY-MM-DDThh:mm:ssZ`, the timestamp form both signature versions require. */
export function formatTimestamp(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Signs and lays out one attempt of an RPC call (V3: POST + query; V1: GET query or POST form). */
export function buildWireRequest(call, options, stamp) {
    const { credentials } = options;
    const target = targetForRegion(options.target, call.params.RegionId, options.regionEndpoints ?? []);
    const origin = target.url.origin;
    const secrets = {
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
        ...(credentials.securityToken === undefined ? {} : { securityToken: credentials.securityToken }),
    };
    if (options.signature === 'v3') {
        // As the official SDK: POST, every parameter in the query, empty body.
        const signed = signRequestV3({
            method: 'POST',
            host: target.host,
            action: call.action,
            version: options.version,
            params: call.params,
            ...secrets,
            date: formatTimestamp(stamp.date),
            nonce: stamp.nonce,
        });
        return {
            method: signed.method,
            url: `${origin}${signed.path}${signed.query === '' ? '' : `?${signed.query}`}`,
            headers: { ...signed.headers, 'user-agent': USER_AGENT },
            body: '',
        };
    }
    const method = options.v1Method;
    const params = signRequestV1({
        method,
        action: call.action,
        version: options.version,
        params: call.params,
        ...secrets,
        timestamp: formatTimestamp(stamp.date),
        nonce: stamp.nonce,
    });
    const encoded = canonicalQuery(Object.entries(params));
    const headers = { host: target.host, 'user-agent': USER_AGENT };
    if (method === 'GET')
        return { method, url: `${origin}/?${encoded}`, headers, body: '' };
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return { method, url: `${origin}/`, headers, body: encoded };
}
