/**
 * Equivalent mutants: each changes only what the document leaves open, so a suite that
 * flags one asserts more than the document says. Every entry says why it is equivalent.
 */
import { answerFormat } from '../core/format.ts';
import { errorRow } from '../../src/spec/load.ts';
import { FAITHFUL } from '../core/behaviour.ts';
import { defineMutant } from './define.ts';
import type { Mutant } from './types.ts';

/** The equivalent mutants. */
export const EQUIVALENT_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'eq-non-ascii-digits-allowed',
    area: 'name',
    rules: ['IKP-OBS-NAME-DIGITS'],
    equivalent: true,
    why:
      'whether digits outside 0-9 (Unicode Nd, e.g. Arabic-Indic) are "digits" is left open ' +
      "(the rule's note); only an observation uses them",
    description: 'accepts Unicode decimal digits of any script inside a name',
    // Judged as if each such digit (after the first character) were an ASCII one.
    change: { nameBrokenRule: (spec, name) => FAITHFUL.nameBrokenRule(spec, name.replace(/(?!^)\p{Nd}/gu, '0')) },
  }),
  defineMutant({
    name: 'eq-names-case-insensitive',
    area: 'uniqueness',
    rules: ['IKP-OBS-NAME-CASE'],
    equivalent: true,
    why:
      'the document does not say whether uniqueness is case-sensitive; the suite only observes ' +
      'it (every name a case makes is unique in every case)',
    description: 'compares names case-insensitively for uniqueness and deletion',
    change: { nameKey: (n) => n.toLowerCase() },
  }),
  defineMutant({
    name: 'eq-same-key-refused-under-second-name',
    area: 'uniqueness',
    rules: ['IKP-OBS-SAME-KEY-TWO-NAMES'],
    equivalent: true,
    why:
      'the document requires unique names, not unique keys; every case imports a fresh key, the concurrency case one ' +
      'per call (perCall), so the key check may even come before the name check',
    description: 'refuses a public key already imported in the region under another name (checked before the name)',
    change: { importChecks: [...FAITHFUL.importChecks.slice(0, 6), 'unique-key', ...FAITHFUL.importChecks.slice(6)] },
  }),
  defineMutant({
    name: 'eq-pem-bodies-accepted',
    area: 'body',
    rules: ['IKP-OBS-BODY-PEM'],
    equivalent: true,
    why: 'which encodings of a public key are accepted is not documented',
    description: 'accepts PEM (SubjectPublicKeyInfo) public keys',
    change: {
      refuseKey: (spec, key) => FAITHFUL.refuseKey(spec, key.format === 'pem' ? { ...key, format: 'openssh' } : key),
    },
  }),
  defineMutant({
    name: 'eq-rfc4716-bodies-accepted',
    area: 'body',
    rules: ['IKP-OBS-BODY-RFC4716'],
    equivalent: true,
    why: 'the document cites RFC 4716 for the fingerprint, not for the body',
    description: 'accepts RFC 4716 (SSH2) public keys',
    change: {
      refuseKey: (spec, key) =>
        FAITHFUL.refuseKey(spec, key.format === 'rfc4716' ? { ...key, format: 'openssh' } : key),
    },
  }),
  defineMutant({
    name: 'eq-rsa-1024-refused',
    area: 'body',
    rules: ['IKP-OBS-RSA-1024'],
    equivalent: true,
    why: 'the document names no minimum key size; RSA 1024 is only observed',
    description: 'refuses RSA keys shorter than 2048 bits',
    change: {
      refuseKey: (spec, key) =>
        key.type === 'ssh-rsa' && key.bits < 2048 ? 'too short' : FAITHFUL.refuseKey(spec, key),
    },
  }),
  defineMutant({
    name: 'eq-empty-is-missing',
    area: 'errors',
    rules: ['IKP-NAME-REQUIRED', 'IKP-BODY-REQUIRED'],
    equivalent: true,
    why:
      'an empty required value may be read as missing or as malformed; the cases ' +
      'with empty values accept either row',
    description: 'answers an empty required parameter with MissingParameter',
    change: { emptyIsMissing: true },
  }),
  defineMutant({
    name: 'eq-duplicate-tag-keys-accepted',
    area: 'tags',
    rules: ['IKP-OBS-ERROR-CODES'],
    equivalent: true,
    why: 'the document says nothing of two tags with one key; the suite only observes it',
    description: 'accepts two tags with the same key',
    change: { rejectDuplicateTagKeys: false },
  }),
  defineMutant({
    name: 'eq-tag-errors-invalid-parameter',
    area: 'errors',
    rules: ['IKP-OBS-ERROR-CODES'],
    equivalent: true,
    why: 'the document has no error rows for tags: only a 4xx is asserted',
    description: 'answers every tag error with InvalidParameter',
    change: {
      errorRow: (spec, op, code) =>
        errorRow(spec, op, code.startsWith('InvalidTag') || code === 'Duplicate.TagKey' ? 'InvalidParameter' : code),
    },
  }),
  defineMutant({
    name: 'eq-unknown-region-400',
    area: 'region',
    rules: ['IKP-REGION-KNOWN'],
    equivalent: true,
    why: 'the document names no code for an unknown region: only a 4xx is asserted',
    description: 'answers an unknown region with 400 InvalidParameter instead of 404 InvalidRegionId.NotFound',
    change: {
      errorRow: (spec, op, code) => errorRow(spec, op, code === 'InvalidRegionId.NotFound' ? 'InvalidParameter' : code),
    },
  }),
  defineMutant({
    name: 'eq-checks-reordered',
    area: 'errors',
    rules: ['IKP-OBS-CHECK-ORDER'],
    equivalent: true,
    why:
      'the document gives no order of checks; every judged case breaks one rule at a ' +
      'time, and an observation records the order',
    description: 'checks the body, tags and resource group before the name',
    change: { importChecks: ['required', 'region', 'body', 'tags', 'resource-group', 'name', 'unique', 'quota'] },
  }),
  defineMutant({
    name: 'eq-v3-answered-xml',
    area: 'format',
    rules: ['IKP-OBS-V3-FORMAT'],
    equivalent: true,
    why: 'a V3 request carries no Format and the documents do not say which form it gets; the suite reads either',
    description: 'answers every V3 request in XML (V1 requests still get the Format they ask for)',
    change: {
      answerFormat: (raw) => (raw.headers['x-acs-action'] !== undefined ? 'xml' : answerFormat(raw)),
    },
  }),
  defineMutant({
    name: 'eq-other-error-message',
    area: 'response',
    rules: [],
    equivalent: true,
    why: 'error messages are recorded, never asserted',
    description: 'words every error message differently',
    change: { renderBody: (b) => ('Message' in b ? { ...b, Message: `Request refused (${String(b['Code'])}).` } : b) },
  }),
  defineMutant({
    name: 'eq-extra-response-field',
    area: 'response',
    rules: [],
    equivalent: true,
    why: 'a response may carry fields the document does not list',
    description: 'adds a field to every response body',
    change: { renderBody: (b) => ({ ...b, ServedBy: 'kpc-mutant' }) },
  }),
  defineMutant({
    name: 'eq-other-host-id',
    area: 'response',
    rules: ['IKP-ERR-ENVELOPE'],
    equivalent: true,
    why: 'HostId is recorded, not asserted',
    description: 'reports another HostId in errors',
    change: { renderBody: (b) => ('HostId' in b ? { ...b, HostId: 'ecs-internal.example' } : b) },
  }),
  defineMutant({
    name: 'eq-lowercase-request-id',
    area: 'response',
    rules: ['IKP-RESP-REQUEST-ID'],
    equivalent: true,
    why: 'the document says RequestId is a string; its case is not specified',
    description: 'writes RequestId in lowercase',
    change: {
      renderBody: (b) => (typeof b['RequestId'] === 'string' ? { ...b, RequestId: b['RequestId'].toLowerCase() } : b),
    },
  }),
];
