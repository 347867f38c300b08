/** Mutants of the response shape (DescribeKeyPairs and DeleteKeyPairs: describe-delete.ts). */
import { defineMutant } from './define.ts';
import type { Mutant } from './types.ts';

/** True for the body of a successful ImportKeyPair (the only one with a fingerprint beside a name). */
function isImportBody(body: Record<string, unknown>): boolean {
  return typeof body['KeyPairName'] === 'string' && 'KeyPairFingerPrint' in body;
}

/** The response mutants. */
export const RESPONSE_MUTANTS: readonly Mutant[] = [
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
      renderBody: (body) =>
        isImportBody(body) ? { ...body, KeyPairName: [...String(body['KeyPairName'])].slice(0, 64).join('') } : body,
    },
  }),
  defineMutant({
    name: 'fingerprint-missing',
    area: 'response',
    rules: ['IKP-FP-MD5', 'IKP-FP-FORMAT'],
    description: 'leaves KeyPairFingerPrint out of the import response',
    change: {
      renderBody: (body) =>
        isImportBody(body)
          ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'KeyPairFingerPrint'))
          : body,
    },
  }),
];
