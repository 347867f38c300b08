/** Public API of the keys module: parsing, fingerprints, classification and key generation. */
export { ALL_KEY_SPECS, DEFAULT_KEY_SPEC, SSH_KEY_TYPES, isSshKeyType, keySpecId, parseKeySpecId, sshKeyTypeOfSpec, type EcdsaCurve, type KeySpec, type SshKeyType, } from './key-types.ts';
export { parsePublicKeyBody, type ParsedKeyResult, type ParsedPublicKey } from './parse.ts';
export { checkBlob, type BlobInfo, type BlobResult } from './blob.ts';
export { fingerprintOfBody, md5Fingerprint, sha1Colon, sha256Base64, sha256Fingerprint, type Md5Fingerprint, } from './fingerprint.ts';
export { classifyFingerprint, type FingerprintForm } from './classify.ts';
export { generateKey, withComment, type GeneratedKey } from './keygen.ts';
export { MALFORMED_BODY_IDS, malformedBodies, type MalformedBody, type MalformedBodyId } from './malformed.ts';
export { WireError, WireReader, bitLength, encodeMpint, encodeString, encodeUint32, readWire, type WireResult, } from './wire.ts';
