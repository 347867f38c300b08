/**
 * Deterministic malformed PublicKeyBody values derived from one valid key, for negative
 * cases. Each is a near miss of a real key (not random noise) so a lenient service is
 * caught on the specific check it skips; every one is rejected by parsePublicKeyBody.
 */
import type { GeneratedKey } from './keygen.ts';
/** One malformed body with a stable id and what is wrong with it. */
export interface MalformedBody {
    id: MalformedBodyId;
    description: string;
    body: string;
}
/** The closed set of malformed-body ids, in the order malformedBodies returns them. */
export declare const MALFORMED_BODY_IDS: readonly ['garbage-doc-example', 'empty', 'truncated-blob', 'corrupted-length', 'label-mismatch', 'no-blob', 'not-base64', 'private-key-pem', 'trailing-garbage-in-blob'];
/** Id of a malformed body. */
export type MalformedBodyId = (typeof MALFORMED_BODY_IDS)[number];
/** Builds every malformed body from `key`; same key in, same bodies out. */
export declare function malformedBodies(key: GeneratedKey): MalformedBody[];
