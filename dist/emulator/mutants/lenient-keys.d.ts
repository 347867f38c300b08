import { type ParsedKeyResult } from '../../src/keys/index.ts';
type Parser = (text: string) => ParsedKeyResult;
/** Ignores the type label: the blob's own type wins (label-mismatch accepted). */
export declare const ignoreLabel: Parser;
/** Trusts a known label over a blob that does not hold a complete key (truncated, corrupted, trailing bytes). */
export declare const skipBlobCheck: Parser;
/** Derives the public key from a PEM private key instead of refusing it. */
export declare const acceptPrivateKey: Parser;
/** Accepts any non-empty text as an RSA key whose blob is the text itself. */
export declare const acceptAnything: Parser;
/** Accepts an empty or blank body as an RSA key with an empty blob. */
export declare const acceptEmpty: Parser;
export {};
