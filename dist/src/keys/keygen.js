/**
 * Fresh key pairs for test cases. Generation runs on libuv's threadpool (the callback
 * form of generateKeyPair) so a runner making many keys keeps its event loop free.
 * Cost varies by orders of magnitude: ECDSA P-256 and Ed25519 take well under a
 * millisecond, RSA 4096 can take seconds; prefer DEFAULT_KEY_SPEC when the kind is
 * not the point of the case.
 */
import { generateKeyPair, generateKeyPairSync } from 'node:crypto';
import sshpk from 'sshpk';
import { md5Fingerprint } from './fingerprint.js';
import { keySpecId, sshKeyTypeOfSpec } from './key-types.js';
const CURVES = { nistp256: 'prime256v1', nistp384: 'secp384r1', nistp521: 'secp521r1' };
/** Resolves a node:crypto callback into a promise of KeyObjects. */
function settle(resolve, reject) {
    return (err, publicKey, privateKey) => {
        if (err)
            reject(err);
        else
            resolve({ publicKey, privateKey });
    };
}
/**
 * Generates the node:crypto pair for a spec. Elliptic-curve keys take well under a
 * millisecond and are made in place: queued on the threadpool they would wait behind the
 * slow RSA and DSA keys a run prefetches, and hold up the cases that need them.
 */
function generatePair(spec) {
    if (spec.kind === 'ed25519')
        return Promise.resolve(generateKeyPairSync('ed25519'));
    if (spec.kind === 'ecdsa')
        return Promise.resolve(generateKeyPairSync('ec', { namedCurve: CURVES[spec.curve] }));
    return new Promise((resolve, reject) => {
        const done = settle(resolve, reject);
        if (spec.kind === 'rsa')
            generateKeyPair('rsa', { modulusLength: spec.bits, publicExponent: 0x10001 }, done);
        // FIPS 186 size pair (1024, 160): the only DSA size SSH allows (ssh-dss is fixed at 1024).
        else
            generateKeyPair('dsa', { modulusLength: spec.bits, divisorLength: 160 }, done);
    });
}
/** Generates a fresh key pair for `spec` and derives its OpenSSH form, blob and MD5 fingerprint. */
export async function generateKey(spec) {
    const pair = await generatePair(spec);
    const spki = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    // sshpk converts SPKI to the SSH wire encoding for every kind, DSA included (JWK has no DSA).
    const blob = sshpk.parseKey(spki, 'pem').toBuffer('rfc4253');
    return {
        spec,
        id: keySpecId(spec),
        publicKey: `${sshKeyTypeOfSpec(spec)} ${blob.toString('base64')}`,
        privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        blob,
        fingerprint: md5Fingerprint(blob),
    };
}
/** Appends a comment to an OpenSSH one-line key (replacing any it already had). */
export function withComment(publicKey, comment) {
    const [type, blob] = publicKey.trim().split(/[ \t]+/);
    const base = `${type ?? ''} ${blob ?? ''}`;
    return comment === '' ? base : `${base} ${comment}`;
}
