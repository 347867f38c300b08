/**
 * Every point where an emulator could deviate from the spec, as one small pure policy.
 * FAITHFUL is the reference; a mutant overrides exactly one field:
 * `createEmulator({ behaviour: { ...FAITHFUL, fingerprint: (b) => sha1Colon(b) } })`.
 */
import {
  md5Fingerprint,
  parsePublicKeyBody,
  type ParsedKeyResult,
  type ParsedPublicKey,
} from '../../src/keys/index.ts';
import { errorRow } from '../../src/spec/load.ts';
import type { RawHttpRequest } from '../../src/sign/index.ts';
import type { ErrorRow, Rule, Spec } from '../../src/spec/types.ts';
import { answerFormat, writeBody, type AnswerFormat } from './format.ts';
import { documentedSshTypes, firstBrokenRuleOf } from './spec-views.ts';
import { matchesListFilter, type ListFilter } from './list-filter.ts';
import type { EmulatorState, KeyPairRecord, RegionState } from './model.ts';

/** The checks of ImportKeyPair, by id; Behaviour.importChecks orders them. */
export type ImportCheckId =
  'required' | 'region' | 'name' | 'body' | 'tags' | 'resource-group' | 'unique' | 'quota' | 'unique-key';

/** An import a check refused: what Behaviour.afterRefusal may look at. */
export interface Refusal {
  check: ImportCheckId;
  region: string;
  /** The record the import would have stored (built on demand; fields may be empty when the check was early). */
  record(): KeyPairRecord;
}

/** The emulator's policies; see FAITHFUL for the reference value of each. */
export interface Behaviour {
  /** ImportKeyPair's checks in the order they run; the first that fails answers. */
  importChecks: readonly ImportCheckId[];
  /** Whether a parameter sent with an empty value counts as missing (MissingParameter). */
  emptyIsMissing: boolean;
  /** Whether a RegionId names a region of the service. */
  regionKnown(spec: Spec, region: string): boolean;
  /** The first KeyPairName rule a name breaks (its violation gives the error code). */
  nameBrokenRule(spec: Spec, name: string): Rule | undefined;
  /** Parses a PublicKeyBody. */
  parseBody(text: string): ParsedKeyResult;
  /** Why a well-formed key is refused (wrong encoding, type or size), or undefined to accept it. */
  refuseKey(spec: Spec, key: ParsedPublicKey): string | undefined;
  /** Valid tag indices N of Tag.N.Key / Tag.N.Value. */
  tagIndexRange(spec: Spec): { min: number; max: number };
  /** The first rule a tag key or value breaks. */
  tagBrokenRule(spec: Spec, field: 'Key' | 'Value', value: string): Rule | undefined;
  /** Whether two tags with one key are refused (Duplicate.TagKey). */
  rejectDuplicateTagKeys: boolean;
  /** Whether a ResourceGroupId names an existing resource group. */
  resourceGroupExists(state: EmulatorState, id: string): boolean;
  /** Where names must be unique. */
  uniqueScope: 'region' | 'global';
  /** The form names are compared in for uniqueness and deletion (identity: case-sensitive). */
  nameKey(name: string): string;
  /** How many key pairs a region may hold. */
  quotaFor(spec: Spec, region: string): number;
  /** How much of the quota a region uses (`state` for behaviours that count more than the region). */
  quotaUsed(region: RegionState, state: EmulatorState): number;
  /** The state an accepted import leaves; `after` already holds the new record. */
  afterImport(before: EmulatorState, after: EmulatorState): EmulatorState;
  /** The state a refused import leaves (the reference: unchanged, "a rejected import stores nothing"). */
  afterRefusal(state: EmulatorState, refusal: Refusal): EmulatorState;
  /** A response's body, the last thing before it is serialised (the reference: as built). */
  renderBody(body: Record<string, unknown>, status: number): Record<string, unknown>;
  /** The form a request's answer takes (the reference: as the request asks; see format.ts). */
  answerFormat(raw: RawHttpRequest): AnswerFormat;
  /** Writes a body in a form; `root` is XML's envelope (the reference: format.ts). */
  writeBody(format: AnswerFormat, root: string, body: Record<string, unknown>): string;
  /** The KeyPairFingerPrint stored and returned for a key blob. */
  fingerprint(blob: Uint8Array): string;
  /** The public key as stored (DescribeKeyPairs returns it with IncludePublicKey=true). */
  storedPublicKey(body: string): string;
  /** CreationTime of a key pair created at `now`. */
  creationTime(now: Date): string;
  /** Whether a DescribeKeyPairs KeyPairName filter matches a name. */
  nameMatches(pattern: string, name: string): boolean;
  /** DescribeKeyPairs PageSize default and maximum. */
  pageSize: { default: number; max: number };
  /** The most names one DeleteKeyPairs call may carry. */
  deleteMax(spec: Spec): number;
  /** The required parameters of DescribeKeyPairs and DeleteKeyPairs, in the order they are checked. */
  requiredParams(spec: Spec, operation: string): readonly string[];
  /** The key pairs DescribeKeyPairs looks through when asked for a region. */
  listed(state: EmulatorState, region: string): readonly KeyPairRecord[];
  /** Whether a key pair passes DescribeKeyPairs' fingerprint, resource-group and tag filters (name: nameMatches). */
  filterMatches(k: KeyPairRecord, filter: ListFilter): boolean;
  /** DescribeKeyPairs PageNumber when the request has none. */
  pageNumberDefault: number;
  /** The page that PageNumber and PageSize pick out of the matching key pairs. */
  page(matching: readonly KeyPairRecord[], pageNumber: number, pageSize: number): readonly KeyPairRecord[];
  /** Whether DescribeKeyPairs returns PublicKey, given IncludePublicKey as sent (true/false in any case, or none). */
  includePublicKey(value: string | undefined): boolean;
  /** The state an accepted DeleteKeyPairs leaves; `after` already lacks the named key pairs of the region. */
  afterDelete(before: EmulatorState, after: EmulatorState, request: DeleteRequest): EmulatorState;
  /** The error-table row for a code as seen from an operation. */
  errorRow(spec: Spec, operation: string, code: string): ErrorRow | undefined;
}

/** A DeleteKeyPairs the operation accepted: its region and the names it carried. */
export interface DeleteRequest {
  region: string;
  names: readonly string[];
}

/** RSA keys shorter than this are refused (the document names no minimum; 1024 is only observed). */
export const MIN_RSA_BITS = 1024;

/** `*` matches any run of characters; a pattern without `*` matches exactly. */
export function globMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const parts = pattern.split('*');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!name.startsWith(first) || name.length < first.length + last.length || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = name.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}

let lastMinute = { minute: Number.NaN, stamp: '' };

/** `YYYY-MM-DDThh:mmZ` of a moment; the last minute's is kept, since imports come many a minute. */
function minuteStamp(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, stamp: `${now.toISOString().slice(0, 16)}Z` };
  return lastMinute.stamp;
}

/** The reference behaviour: what the spec says, and the README's choices where it is silent. */
export const FAITHFUL: Behaviour = Object.freeze({
  importChecks: ['required', 'region', 'name', 'body', 'tags', 'resource-group', 'unique', 'quota'] as const,
  emptyIsMissing: false,
  regionKnown: (spec: Spec, region: string) => spec.regions.includes(region),
  nameBrokenRule: (spec: Spec, name: string) => firstBrokenRuleOf(spec, 'ImportKeyPair', 'KeyPairName', name),
  parseBody: parsePublicKeyBody,
  refuseKey(spec: Spec, key: ParsedPublicKey): string | undefined {
    if (key.format !== 'openssh')
      return `${key.format === 'pem' ? 'PEM' : 'RFC 4716'} bodies are not accepted; send the OpenSSH one-line form`;
    if (!documentedSshTypes(spec).has(key.type))
      return `key type ${key.type} is not one of the documented types (${spec.keyTypes.documented.join(', ')})`;
    if (key.type === 'ssh-rsa' && key.bits < MIN_RSA_BITS)
      return `RSA key of ${key.bits} bits is shorter than ${MIN_RSA_BITS}`;
    return undefined;
  },
  tagIndexRange: (spec: Spec) => ({ min: 1, max: spec.limits.tagsPerResource }),
  tagBrokenRule: (spec: Spec, field: 'Key' | 'Value', value: string) =>
    firstBrokenRuleOf(spec, 'ImportKeyPair', `Tag.N.${field}`, value),
  rejectDuplicateTagKeys: true,
  resourceGroupExists: (state: EmulatorState, id: string) => state.resourceGroups.includes(id),
  uniqueScope: 'region' as const,
  nameKey: (name: string) => name,
  quotaFor: (spec: Spec) => spec.limits.keyPairsPerRegion,
  quotaUsed: (region: RegionState) => region.keyPairs.length,
  afterImport: (_before: EmulatorState, after: EmulatorState) => after,
  afterRefusal: (state: EmulatorState) => state,
  renderBody: (body: Record<string, unknown>) => body,
  answerFormat,
  writeBody,
  fingerprint: (blob: Uint8Array) => md5Fingerprint(blob).colon,
  storedPublicKey: (body: string) => body.trim(),
  creationTime: minuteStamp,
  nameMatches: globMatches,
  pageSize: { default: 10, max: 50 },
  deleteMax: (spec: Spec) => spec.limits.deleteBatch,
  requiredParams: (spec: Spec, operation: string) =>
    (spec.operations[operation]?.parameters ?? []).filter((p) => p.required).map((p) => p.name),
  listed: (state: EmulatorState, region: string) =>
    Object.hasOwn(state.regions, region) ? (state.regions[region]?.keyPairs ?? []) : [],
  filterMatches: matchesListFilter,
  pageNumberDefault: 1,
  page: (matching: readonly KeyPairRecord[], pageNumber: number, pageSize: number) => {
    const start = (pageNumber - 1) * pageSize;
    return start >= matching.length ? [] : matching.slice(start, start + pageSize);
  },
  includePublicKey: (value: string | undefined) => value?.toLowerCase() === 'true',
  afterDelete: (_before: EmulatorState, after: EmulatorState) => after,
  errorRow,
});
