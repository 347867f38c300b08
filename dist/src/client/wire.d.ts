import type { Credentials } from './credentials.ts';
import { type Target } from './target.ts';
export interface WireOptions {
    target: Target;
    credentials: Credentials;
    signature: 'v3' | 'v1';
    v1Method: 'GET' | 'POST';
    version: string;
    /** Regions whose own endpoint a call for them goes to, when the target is an Alibaba Cloud endpoint. */
    regionEndpoints?: readonly string[];
}
export interface WireRequest {
    method: string;
    url: string;
    /** Lower-case names. */
    headers: Record<string, string>;
    body: string;
}
/** `YYYY-MM-DDThh:mm:ssZ`, the timestamp form both signature versions require. */
export declare function formatTimestamp(d: Date): string;
/** Signs and lays out one attempt of an RPC call (V3: POST + query; V1: GET query or POST form). */
export declare function buildWireRequest(call: {
    action: string;
    params: Record<string, string>;
}, options: WireOptions, stamp: {
    date: Date;
    nonce: string;
}): WireRequest;
