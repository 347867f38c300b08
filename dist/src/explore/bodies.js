/** Turns a body template into a PublicKeyBody with a freshly generated key. */
import { generateKey, parseKeySpecId, withComment } from '../keys/index.js';
/** A fresh key of a template's kind. */
export function freshKey(kind) {
    return generateKey(parseKeySpecId(kind));
}
/** The body a template stands for, made from `key`. */
export function materializeBody(t, key) {
    const [label = ''] = key.publicKey.split(' ');
    const b64 = key.blob.toString('base64');
    const m = t.mutation;
    switch (m.kind) {
        case 'none':
            return key.publicKey;
        case 'comment':
            return withComment(key.publicKey, m.text);
        case 'truncate':
            return `${label} ${key.blob.subarray(0, Math.max(1, key.blob.length - m.bytes)).toString('base64')}`;
        case 'append':
            return `${label} ${Buffer.concat([key.blob, Buffer.alloc(m.bytes, 0x78)]).toString('base64')}`;
        case 'relabel':
            return `${m.label} ${b64}`;
        case 'label-only':
            return label;
        case 'bad-base64': {
            const at = m.at % b64.length;
            return `${label} ${b64.slice(0, at)}!${b64.slice(at + 1)}`;
        }
    }
}
