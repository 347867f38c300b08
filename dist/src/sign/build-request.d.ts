import type { RawHttpRequest } from './raw-request.ts';
import type { SignedRequestV3 } from './sign-v3.ts';
/** A V1 parameter set sent as a GET query or as a POST form body. */
export declare function rawRequestV1(params: Record<string, string>, opts: {
    method: 'GET' | 'POST';
    host: string;
}): RawHttpRequest;
/** A V3-signed request as sent: the query on the path, the signed headers, the body. */
export declare function rawRequestV3(signed: SignedRequestV3, body?: Uint8Array): RawHttpRequest;
