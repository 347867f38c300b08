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
const MD5_COLON = /^[0-9a-f]{2}(?::[0-9a-f]{2}){15}$/;
const MD5_HEX = /^[0-9a-f]{32}$/;
const SHA1_COLON = /^[0-9a-f]{2}(?::[0-9a-f]{2}){19}$/;
// 32 bytes are 43 unpadded base64 characters; the last carries 2 padding bits that must be
// zero, so it is one of the 16 characters whose low two bits are clear.
const SHA256_BASE64 = /^(?:SHA256:)?[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]$/;
/** Classifies a fingerprint value by its shape; anything unrecognised, or not a string, is 'unknown'. */
export function classifyFingerprint(value) {
    if (typeof value !== 'string')
        return 'unknown';
    if (MD5_COLON.test(value))
        return 'md5-colon';
    if (MD5_HEX.test(value))
        return 'md5-hex';
    if (SHA1_COLON.test(value))
        return 'sha1-colon';
    if (SHA256_BASE64.test(value))
        return 'sha256-base64';
    return 'unknown';
}
