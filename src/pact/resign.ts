/**
 * Re-signing for provider verification: Pact replays the contract's requests with the
 * example date, nonce and signature, which no provider may accept. Each request is signed
 * afresh (V3, new date and nonce) from its own query parameters and action header, after
 * mapping the contract's region and resource group to the target's.
 */
import type { Credentials } from '../client/index.ts';
import { DEFAULT_API_VERSION } from '../client/client.ts';
import { formatTimestamp } from '../client/wire.ts';
import { signRequestV3 } from '../sign/index.ts';

/** A request as the verifier's proxy holds it. */
export interface ProxiedRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** How to sign, and which contract values stand for which target values. */
export interface ResignOptions {
  host: string;
  credentials: Credentials;
  now: () => Date;
  nonce: () => string;
  /** Contract value → target value, for RegionId and ResourceGroupId. */
  regions: ReadonlyMap<string, string>;
  resourceGroups: ReadonlyMap<string, string>;
}

/** The re-signed request: its new URL and full header set, and the call it carries. */
export interface Resigned {
  url: string;
  headers: Record<string, string>;
  action: string;
  params: Record<string, string>;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Maps the contract's region and resource group to the target's; everything else passes unchanged. */
export function mapParams(
  params: Record<string, string>,
  o: Pick<ResignOptions, 'regions' | 'resourceGroups'>,
): Record<string, string> {
  const out = { ...params };
  const region = out['RegionId'];
  if (region !== undefined) out['RegionId'] = o.regions.get(region) ?? region;
  const rg = out['ResourceGroupId'];
  if (rg !== undefined) out['ResourceGroupId'] = o.resourceGroups.get(rg) ?? rg;
  return out;
}

/** Decoded query parameters; the verifier sends `+` for space, as forms do. */
export function queryParams(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(url, 'http://placeholder').searchParams) out[k] = v;
  return out;
}

/** Re-signs one request; the action comes from its x-acs-action header, which the contract pins. */
export function resign(req: ProxiedRequest, o: ResignOptions): Resigned {
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
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    const name = k.toLowerCase();
    if (v === undefined || name === 'authorization' || name === 'host' || name.startsWith('x-acs-')) continue;
    headers[name] = Array.isArray(v) ? v.join(', ') : v;
  }
  return {
    url: `${signed.path}${signed.query === '' ? '' : `?${signed.query}`}`,
    headers: { ...headers, ...signed.headers },
    action,
    params,
  };
}
