/** Public API of the keys module: parsing, fingerprints, classification and key generation. */
export { ALL_KEY_SPECS, DEFAULT_KEY_SPEC, SSH_KEY_TYPES, isSshKeyType, keySpecId, parseKeySpecId, sshKeyTypeOfSpec, } from './key-types.js';
export { parsePublicKeyBody } from './parse.js';
export { checkBlob } from './blob.js';
export { fingerprintOfBody, md5Fingerprint, sha1Colon, sha256Base64, sha256Fingerprint, } from './fingerprint.js';
export { classifyFingerprint } from './classify.js';
export { generateKey, withComment } from './keygen.js';
export { MALFORMED_BODY_IDS, malformedBodies } from './malformed.js';
export { WireError, WireReader, bitLength, encodeMpint, encodeString, encodeUint32, readWire, } from './wire.js';
