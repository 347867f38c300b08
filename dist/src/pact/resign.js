import { DEFAULT_API_VERSION } from '../client/client.js';
import { formatTimestamp } from '../client/wire.js';
import { signRequestV3 } from '../sign/index.js';
function first(v) {
    return Array.isArray(v) ? v[0] : v;
}
/** Maps the contract's region and resource group to the target's; everything else passes unchanged. */
export function mapParams(params, o) {
    const out = { ...params };
    const region = out['RegionId'];
    if (region !== undefined)
        out['RegionId'] = o.regions.get(region) ?? region;
    const rg = out['ResourceGroupId'];
    if (rg !== undefined)
        out['ResourceGroupId'] = o.resourceGroups.get(rg) ?? rg;
    return out;
}
/** Decoded query parameters; the verifier sends `+` for space, as forms do. */
export function queryParams(url) {
    const out = {};
    for (const [k, v] of new URL(url, 'http://placeholder').searchParams)
        out[k] = v;
    return out;
}
/** Re-signs one request; the action comes from its x-acs-action header, which the contract pins. */
export function resign(req, o) {
    const action = first(req.headers['x-acs-action']);
    if (action === undefined || action === '')
        throw new Error(`the request ${req.url} carries no x-acs-action header: it is not an RPC call of the contract`);
    const version = first(req.headers['x-acs-version']) ?? DEFAULT_API_VERSION;
    const params = mapParams(queryParams(req.url), o);
    const c = o.credentials;
    const signed = signRequestV3({
        method: 'POST',
        host: o.host,
        action,
        version,
        params,
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        ...(c.securityToken === undefined ? {} : { securityToken: c.securityToken }),
        date: formatTimestamp(o.now()),
        nonce: o.nonce(),
    });
    // Drop the contract's example signature headers; keep the rest (accept, user agent…).
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
        const name = k.toLowerCase();
        if (v === undefined || name === 'authorization' || name === 'host' || name.startsWith('x-acs-'))
            continue;
        headers[name] = Array.isArray(v) ? v.join(', ') : v;
    }
    return {
        url: `${signed.path}${signed.query === '' ? '' : `?${signed.query}`}`,
        headers: { ...headers, ...signed.headers },
        action,
        params,
    };
}
