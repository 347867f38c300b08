/**
 * Every point where an emulator could deviate from the spec, as one small pure policy.
 * FAITHFUL is the reference; a mutant overrides exactly one field:
 * `createEmulator({ behaviour: { ...FAITHFUL, fingerprint: (b) => sha1Colon(b) } })`.
 */
import { type ParsedKeyResult, type ParsedPublicKey } from '../../src/keys/index.ts';
import type { ErrorRow, Rule, Spec } from '../../src/spec/types.ts';
import type { EmulatorState, KeyPairRecord, RegionState } from './types.ts';
/** The checks of ImportKeyPair, by id; Behaviour.importChecks orders them. */
export type ImportCheckId = 'required' | 'region' | 'name' | 'body' | 'tags' | 'resource-group' | 'unique' | 'quota' | 'unique-key';
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
    tagIndexRange(spec: Spec): {
        min: number;
        max: number;
    };
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
    /** A response's JSON body, the last thing before it is serialised (the reference: as built). */
    renderBody(body: Record<string, unknown>, status: number): Record<string, unknown>;
    /** The KeyPairFingerPrint stored and returned for a key blob. */
    fingerprint(blob: Uint8Array): string;
    /** The public key as stored (DescribeKeyPairs returns it with IncludePublicKey=true). */
    storedPublicKey(body: string): string;
    /** CreationTime of a key pair created at `now`. */
    creationTime(now: Date): string;
    /** Whether a DescribeKeyPairs KeyPairName filter matches a name. */
    nameMatches(pattern: string, name: string): boolean;
    /** DescribeKeyPairs PageSize default and maximum. */
    pageSize: {
        default: number;
        max: number;
    };
    /** The most names one DeleteKeyPairs call may carry. */
    deleteMax(spec: Spec): number;
    /** The error-table row for a code as seen from an operation. */
    errorRow(spec: Spec, operation: string, code: string): ErrorRow | undefined;
}
/** RSA keys shorter than this are refused (the document names no minimum; 1024 is only observed). */
export declare const MIN_RSA_BITS = 1024;
/** `*` matches any run of characters; a pattern without `*` matches exactly. */
export declare function globMatches(pattern: string, name: string): boolean;
/** The reference behaviour: what the spec says, and the README's choices where it is silent. */
export declare const FAITHFUL: Behaviour;
