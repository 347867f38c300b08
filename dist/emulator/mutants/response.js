/** Mutants of the response shape and of the DescribeKeyPairs / DeleteKeyPairs the suite relies on. */
import { defineMutant } from './define.js';
/** True for the body of a successful ImportKeyPair (the only one with a fingerprint beside a name). */
function isImportBody(body) {
    return typeof body['KeyPairName'] === 'string' && 'KeyPairFingerPrint' in body;
}
/** The response and DescribeKeyPairs/DeleteKeyPairs mutants. */
export const RESPONSE_MUTANTS = [
    defineMutant({
        name: 'request-id-missing',
        area: 'response',
        rules: ['IKP-RESP-REQUEST-ID'],
        description: 'leaves RequestId out of every response body',
        change: { renderBody: (body) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'RequestId')) },
    }),
    defineMutant({
        name: 'name-echo-truncated',
        area: 'response',
        rules: ['IKP-RESP-NAME'],
        description: 'echoes KeyPairName cut to 64 characters',
        change: {
            renderBody: (body) => isImportBody(body) ? { ...body, KeyPairName: [...String(body['KeyPairName'])].slice(0, 64).join('') } : body,
        },
    }),
    defineMutant({
        name: 'fingerprint-missing',
        area: 'response',
        rules: ['IKP-FP-MD5', 'IKP-FP-FORMAT'],
        description: 'leaves KeyPairFingerPrint out of the import response',
        change: {
            renderBody: (body) => isImportBody(body)
                ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'KeyPairFingerPrint'))
                : body,
        },
    }),
    defineMutant({
        name: 'describe-no-wildcard',
        area: 'describe-delete',
        rules: ['DKP-NAME-FILTER', 'DKP-PAGING'],
        description: "DescribeKeyPairs matches KeyPairName exactly, '*' included",
        change: { nameMatches: (pattern, name) => pattern === name },
    }),
    defineMutant({
        name: 'delete-max-101',
        area: 'describe-delete',
        rules: ['DEL-NAMES-MAX'],
        description: 'DeleteKeyPairs accepts 101 names',
        change: { deleteMax: (spec) => spec.limits.deleteBatch + 1 },
    }),
];
