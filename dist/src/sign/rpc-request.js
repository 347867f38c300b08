/**
 * Turns a raw HTTP request into an RPC call: action, version, operation parameters and
 * the credentials it claims. Never throws; malformed input is a 400 value. Checking the
 * claimed credentials is verify.ts's job.
 */
import { parseAuthorizationV3 } from './authorization.js';
import { decodeRawRequest } from './raw-request.js';
import { V1_SIGNATURE_PARAM } from './sign-v1.js';
/** Parameters that name the call rather than being part of it, in every scheme. */
const CALL_PARAMS = new Set(['Action', 'Version', 'Format']);
/** V1 common parameters that carry the signature; not operation parameters. */
const V1_AUTH_PARAMS = new Set([
    'AccessKeyId',
    'SignatureMethod',
    'SignatureVersion',
    'SignatureNonce',
    'SignatureType',
    'Timestamp',
    'SecurityToken',
    V1_SIGNATURE_PARAM,
]);
/** Parses a raw request into an RPC call (V3 Authorization, V1 Signature param, or none). */
export function parseRpcRequest(raw) {
    const decoded = decodeRawRequest(raw);
    if (!decoded.ok)
        return decoded;
    const req = decoded.request;
    const all = new Map([...req.query, ...req.body]);
    const h = req.headers;
    // The header decides the scheme: the SDK in V1 mode also sends x-acs-action, and a
    // V3 request carries no Signature parameter, so neither can be mistaken for the other.
    if (h['authorization'] !== undefined)
        return parseV3(req, all);
    const scheme = all.has(V1_SIGNATURE_PARAM) ? 'v1' : 'none';
    const call = {
        action: all.get('Action') ?? h['x-acs-action'],
        version: all.get('Version') ?? h['x-acs-version'],
        params: operationParams(all, V1_AUTH_PARAMS),
        auth: scheme === 'none'
            ? { scheme }
            : {
                scheme,
                accessKeyId: all.get('AccessKeyId') ?? '',
                signature: all.get(V1_SIGNATURE_PARAM) ?? '',
                signatureMethod: all.get('SignatureMethod'),
                signatureVersion: all.get('SignatureVersion'),
                nonce: all.get('SignatureNonce'),
                timestamp: all.get('Timestamp'),
                securityToken: all.get('SecurityToken'),
            },
    };
    return { ok: true, call };
}
function parseV3(req, all) {
    const h = req.headers;
    if (req.repeatedHeaders.includes('authorization')) {
        return incomplete('The Authorization header appears more than once');
    }
    const parsed = parseAuthorizationV3(h['authorization'] ?? '');
    if (!parsed.ok)
        return incomplete(`The Authorization header is malformed: ${parsed.reason}`);
    return {
        ok: true,
        call: {
            action: h['x-acs-action'] ?? all.get('Action'),
            version: h['x-acs-version'] ?? all.get('Version'),
            params: operationParams(all, new Set()),
            auth: {
                scheme: 'v3',
                ...parsed.auth,
                date: h['x-acs-date'],
                nonce: h['x-acs-signature-nonce'],
                securityToken: h['x-acs-security-token'],
            },
        },
    };
}
function operationParams(all, exclude) {
    const params = {};
    for (const [k, v] of all) {
        // defineProperty, not assignment: a parameter named `__proto__` must stay a parameter.
        if (!CALL_PARAMS.has(k) && !exclude.has(k)) {
            Object.defineProperty(params, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
    }
    return params;
}
function incomplete(reason) {
    return {
        ok: false,
        status: 400,
        code: 'IncompleteSignature',
        message: `The request signature does not conform to Aliyun standards. ${reason}.`,
    };
}
