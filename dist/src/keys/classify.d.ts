/**
 * Names the form a KeyPairFingerPrint value is written in, so a check can say "the
 * service answered md5-hex where the document promises md5-colon" instead of a bare
 * string mismatch.
 *
 * Uppercase hex is deliberately 'unknown', not a variant of an MD5 form: the documented
 * form (RFC 4716 §4, `ssh-keygen -E md5`) and the observed one are both lowercase, so an
 * uppercase value is a different rendering a client comparing strings would not match.
 * The seed document's masked example (`…:5a:**`) is likewise 'unknown': it is a
 * placeholder, not a fingerprint.
 */
/** The recognised renderings of a public-key fingerprint. */
export type FingerprintForm = 'md5-colon' | 'md5-hex' | 'sha1-colon' | 'sha256-base64' | 'unknown';
/** Classifies a fingerprint value by its shape; anything unrecognised, or not a string, is 'unknown'. */
export declare function classifyFingerprint(value: unknown): FingerprintForm;
