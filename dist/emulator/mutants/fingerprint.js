/** Mutants of KeyPairFingerPrint: another algorithm, another text form, another input. */
import { createHash } from 'node:crypto';
import { md5Fingerprint, sha1Colon, sha256Fingerprint } from '../../src/keys/index.js';
import { defineMutant } from './define.js';
const MD5 = 'IKP-FP-MD5';
const FORM = 'IKP-FP-FORMAT';
/** The fingerprint mutants. */
export const FINGERPRINT_MUTANTS = [
    defineMutant({
        name: 'fp-sha1',
        area: 'fingerprint',
        rules: [MD5, FORM],
        description: 'SHA-1 of the blob, 20 colon-separated pairs (the length of the document example)',
        change: { fingerprint: (b) => sha1Colon(b) },
    }),
    defineMutant({
        name: 'fp-sha256',
        area: 'fingerprint',
        rules: [MD5, FORM],
        description: 'SHA256:base64, as ssh-keygen prints by default',
        change: { fingerprint: (b) => sha256Fingerprint(b) },
    }),
    defineMutant({
        name: 'fp-uppercase',
        area: 'fingerprint',
        rules: [FORM],
        description: 'the MD5 colon form in uppercase hex',
        change: { fingerprint: (b) => md5Fingerprint(b).colon.toUpperCase() },
    }),
    defineMutant({
        name: 'fp-no-colons',
        area: 'fingerprint',
        rules: [FORM],
        description: 'the MD5 as 32 hex digits without colons (the form observed from the real service)',
        change: { fingerprint: (b) => md5Fingerprint(b).hex },
    }),
    defineMutant({
        name: 'fp-md5-of-base64',
        area: 'fingerprint',
        rules: [MD5],
        description: 'MD5 of the base64 text of the key instead of the decoded blob',
        change: {
            fingerprint: (b) => createHash('md5')
                .update(Buffer.from(b).toString('base64'))
                .digest('hex')
                .replace(/(..)(?!$)/g, '$1:'),
        },
    }),
];
