/**
 * RFC 3986 percent-encoding as both Alibaba signature versions define it: UTF-8 bytes,
 * only the unreserved set left literal. Everything that canonicalises a parameter list
 * goes through here so that signer and verifier can never disagree on a byte.
 */
/** Percent-encodes `s` per RFC 3986 (UTF-8, uppercase hex; space is %20, `*` is %2A). */
export declare function percentEncode(s: string): string;
/** Encodes names and values, sorts by encoded name then value, joins `k=v` with `&`. */
export declare function canonicalQuery(pairs: ReadonlyArray<readonly [string, string]>): string;
