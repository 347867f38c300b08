/** Mutants of the PublicKeyBody rules: lenient parsing, key types and sizes, comments. */
import { FAITHFUL } from '../core/behaviour.js';
import { defineMutant } from './define.js';
import { acceptAnything, acceptEmpty, acceptPrivateKey, ignoreLabel, skipBlobCheck } from './lenient-keys.js';
const FORMAT = 'IKP-BODY-FORMAT';
const TYPE = 'IKP-BODY-KEY-TYPE';
/** The PublicKeyBody mutants. */
export const BODY_MUTANTS = [
    defineMutant({
        name: 'body-ed25519-accepted',
        area: 'body',
        rules: [TYPE],
        description: 'accepts ssh-ed25519 keys, which the closed list of types leaves out',
        change: {
            refuseKey: (spec, key) => key.type === 'ssh-ed25519' && key.format === 'openssh' ? undefined : FAITHFUL.refuseKey(spec, key),
        },
    }),
    defineMutant({
        name: 'body-dsa-refused',
        area: 'body',
        rules: [TYPE],
        description: 'refuses ssh-dss keys although dsa is a documented type',
        change: { refuseKey: (spec, key) => (key.type === 'ssh-dss' ? 'no DSA' : FAITHFUL.refuseKey(spec, key)) },
    }),
    defineMutant({
        name: 'body-nistp521-refused',
        area: 'body',
        rules: [TYPE],
        description: 'refuses ECDSA keys on the P-521 curve',
        change: {
            refuseKey: (spec, key) => (key.type === 'ecdsa-sha2-nistp521' ? 'no P-521' : FAITHFUL.refuseKey(spec, key)),
        },
    }),
    defineMutant({
        name: 'body-rsa-min-3072',
        area: 'body',
        rules: [TYPE],
        description: 'refuses RSA keys shorter than 3072 bits (RSA 2048 is a documented rsa key)',
        change: {
            refuseKey: (spec, key) => key.type === 'ssh-rsa' && key.bits < 3072 ? 'too short' : FAITHFUL.refuseKey(spec, key),
        },
    }),
    defineMutant({
        name: 'body-label-mismatch-accepted',
        area: 'body',
        rules: [FORMAT],
        description: "accepts a body whose type label differs from its blob's type",
        change: { parseBody: ignoreLabel },
    }),
    defineMutant({
        name: 'body-blob-unchecked',
        area: 'body',
        rules: [FORMAT],
        description: 'accepts a known label with any base64 blob (truncated, corrupted, trailing bytes)',
        change: { parseBody: skipBlobCheck },
    }),
    defineMutant({
        name: 'body-private-key-accepted',
        area: 'body',
        rules: [FORMAT],
        description: 'accepts a PEM private key and imports its public half',
        change: { parseBody: acceptPrivateKey },
    }),
    defineMutant({
        name: 'body-anything-accepted',
        area: 'body',
        rules: [FORMAT],
        description: 'accepts any non-empty text as a key (the document example ABC1234567 included)',
        change: { parseBody: acceptAnything },
    }),
    defineMutant({
        name: 'body-empty-accepted',
        area: 'body',
        rules: ['IKP-BODY-REQUIRED'],
        description: 'accepts an empty PublicKeyBody',
        change: { parseBody: acceptEmpty },
    }),
    defineMutant({
        name: 'body-comment-refused',
        area: 'body',
        rules: ['IKP-BODY-COMMENT'],
        description: 'refuses an OpenSSH key that carries a trailing comment',
        change: {
            refuseKey: (spec, key) => key.comment !== undefined ? 'comments are not accepted' : FAITHFUL.refuseKey(spec, key),
        },
    }),
];
