import { type RawHttpRequest } from './raw-request.ts';
export type { RawHttpRequest } from './raw-request.ts';
/** The credentials a request claims, by signature scheme. */
export type RpcAuth = {
    scheme: 'v3';
    accessKeyId: string;
    signedHeaders: string[];
    signature: string;
    date: string | undefined;
    nonce: string | undefined;
    securityToken: string | undefined;
} | {
    scheme: 'v1';
    accessKeyId: string;
    signature: string;
    signatureMethod: string | undefined;
    signatureVersion: string | undefined;
    nonce: string | undefined;
    timestamp: string | undefined;
    securityToken: string | undefined;
} | {
    scheme: 'none';
};
/** One RPC call; `params` holds operation parameters only (RegionId, Tag.1.Key, ...). */
export interface RpcCall {
    action: string | undefined;
    version: string | undefined;
    params: Record<string, string>;
    auth: RpcAuth;
}
export type ParseResult = {
    ok: true;
    call: RpcCall;
} | {
    ok: false;
    status: number;
    code: string;
    message: string;
};
/** Parses a raw request into an RPC call (V3 Authorization, V1 Signature param, or none). */
export declare function parseRpcRequest(raw: RawHttpRequest): ParseResult;
