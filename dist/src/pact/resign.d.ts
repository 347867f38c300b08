/**
 * Re-signing for provider verification: Pact replays the contract's requests with the
 * example date, nonce and signature, which no provider may accept. Each request is signed
 * afresh (V3, new date and nonce) from its own query parameters and action header, after
 * mapping the contract's region and resource group to the target's.
 */
import type { Credentials } from '../client/index.ts';
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
/** Maps the contract's region and resource group to the target's; everything else passes unchanged. */
export declare function mapParams(params: Record<string, string>, o: Pick<ResignOptions, 'regions' | 'resourceGroups'>): Record<string, string>;
/** Decoded query parameters; the verifier sends `+` for space, as forms do. */
export declare function queryParams(url: string): Record<string, string>;
/** Re-signs one request; the action comes from its x-acs-action header, which the contract pins. */
export declare function resign(req: ProxiedRequest, o: ResignOptions): Resigned;
