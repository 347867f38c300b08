import { sshKeyTypeOfSpec } from './key-types.js';
/** The closed set of malformed-body ids, in the order malformedBodies returns them. */
export const MALFORMED_BODY_IDS = [
    'garbage-doc-example',
    'empty',
    'truncated-blob',
    'corrupted-length',
    'label-mismatch',
    'no-blob',
    'not-base64',
    'private-key-pem',
    'trailing-garbage-in-blob',
];
/** Builds every malformed body from `key`; same key in, same bodies out. */
export function malformedBodies(key) {
    const label = sshKeyTypeOfSpec(key.spec);
    const b64 = key.blob.toString('base64');
    // Another *documented* type (the seed lists ssh-rsa and ssh-dss), so only the mismatch is wrong.
    const otherLabel = label === 'ssh-rsa' ? 'ssh-dss' : 'ssh-rsa';
    const corrupted = Buffer.from(key.blob);
    corrupted.writeUInt32BE(0x7fffffff, 0);
    // Swap one character in the middle for '!', keeping the length a multiple of 4.
    const mid = Math.floor(b64.length / 2);
    const notBase64 = `${b64.slice(0, mid)}!${b64.slice(mid + 1)}`;
    const bodies = [
        { id: 'garbage-doc-example', description: "the vendor document's example value, not a key", body: 'ABC1234567' },
        { id: 'empty', description: 'an empty string', body: '' },
        {
            id: 'truncated-blob',
            description: 'the key blob with its last 16 bytes cut off',
            body: `${label} ${key.blob.subarray(0, key.blob.length - 16).toString('base64')}`,
        },
        {
            id: 'corrupted-length',
            description: 'the first length field of the blob set to 0x7fffffff, past the end of the blob',
            body: `${label} ${corrupted.toString('base64')}`,
        },
        {
            id: 'label-mismatch',
            description: `the label ${otherLabel} in front of a ${label} blob`,
            body: `${otherLabel} ${b64}`,
        },
        { id: 'no-blob', description: 'the type label alone, no key blob', body: label },
        {
            id: 'not-base64',
            description: "the blob's base64 with one character replaced by '!'",
            body: `${label} ${notBase64}`,
        },
        {
            id: 'private-key-pem',
            description: 'the private key (PKCS#8 PEM) instead of the public key',
            body: key.privateKeyPem,
        },
        {
            id: 'trailing-garbage-in-blob',
            description: 'the blob followed by 8 extra bytes',
            body: `${label} ${Buffer.concat([key.blob, Buffer.from('trailing', 'latin1')]).toString('base64')}`,
        },
    ];
    return bodies;
}
