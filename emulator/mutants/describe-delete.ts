/**
 * Mutants of what DescribeKeyPairs and DeleteKeyPairs do: each breaks one rule of
 * specs/DescribeKeyPairs.yaml or specs/DeleteKeyPairs.yaml through one Behaviour policy (the
 * required parameters, the name wildcard, the other filters, paging, the item fields,
 * PublicKey, and what a delete removes).
 */
import { errorRow } from '../../src/spec/load.ts';
import type { Spec } from '../../src/spec/types.ts';
import { FAITHFUL, globMatches } from '../core/behaviour.ts';
import { matchesListFilter } from '../core/list-filter.ts';
import { removeKeyPairs } from '../core/state.ts';
import type { EmulatorState } from '../core/types.ts';
import { defineMutant } from './define.ts';
import type { Mutant } from './types.ts';

/** FAITHFUL's required parameters, less `param` for `operation`. */
const notRequired =
  (operation: string, param: string) =>
  (spec: Spec, op: string): readonly string[] =>
    FAITHFUL.requiredParams(spec, op).filter((p) => op !== operation || p !== param);

type PatternForm = 'exact' | 'prefix' | 'suffix' | 'infix' | 'other';

/** The documented form of a KeyPairName pattern: `x`, `x*`, `*x`, `*x*` (anything else: other). */
export function patternForm(pattern: string): PatternForm {
  const stars = pattern.split('*').length - 1;
  const starts = pattern.startsWith('*');
  const ends = pattern.endsWith('*');
  if (stars === 0) return 'exact';
  if (stars === 1 && ends && !starts) return 'prefix';
  if (stars === 1 && starts && !ends) return 'suffix';
  return stars === 2 && starts && ends && pattern.length > 2 ? 'infix' : 'other';
}

/** A name matcher that reads patterns of one form its own way and every other pattern as the reference does. */
const nameMatchesExcept =
  (form: PatternForm, own: (x: string, name: string) => boolean) =>
  (pattern: string, name: string): boolean =>
    patternForm(pattern) === form ? own(pattern.replace(/^\*|\*$/g, ''), name) : globMatches(pattern, name);

/** The items of a DescribeKeyPairs body (`KeyPairs.KeyPair`); undefined for any other body. */
function listedItems(body: Record<string, unknown>): unknown[] | undefined {
  const items = (body['KeyPairs'] as { KeyPair?: unknown } | undefined)?.KeyPair;
  return Array.isArray(items) ? items : undefined;
}

/** The items of a DescribeKeyPairs body, each changed by `edit`; other bodies as they are. */
function editItems(
  body: Record<string, unknown>,
  edit: (item: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  const items = listedItems(body);
  if (items === undefined) return body;
  return { ...body, KeyPairs: { KeyPair: items.map((i) => edit(i as Record<string, unknown>)) } };
}

/** `record` without `field`. */
const omit = (record: Record<string, unknown>, field: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== field));

/** The last page of `n` matches at `size` a page (empty when there is none). */
const lastPageStart = (n: number, size: number): number => Math.max(0, Math.floor((n - 1) / size) * size);

/** Removes `names` from every region of `state`. */
function removeEverywhere(state: EmulatorState, names: readonly string[]): EmulatorState {
  const named = new Set(names);
  return Object.keys(state.regions).reduce((s, region) => removeKeyPairs(s, region, (k) => named.has(k.name)), state);
}

const DESCRIBE_REQUEST_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'describe-region-optional',
    area: 'describe-delete',
    rules: ['DKP-REGION-REQUIRED'],
    description: 'does not require RegionId of DescribeKeyPairs (a listing without one is an unknown region)',
    change: { requiredParams: notRequired('DescribeKeyPairs', 'RegionId') },
  }),
  defineMutant({
    name: 'describe-every-region',
    area: 'describe-delete',
    rules: ['DKP-REGION-SCOPE'],
    description: "lists the key pairs of every region, not only the region's asked for",
    change: { listed: (state) => Object.values(state.regions).flatMap((r) => r.keyPairs) },
  }),
  defineMutant({
    name: 'describe-no-wildcard',
    area: 'describe-delete',
    rules: ['DKP-NAME-PREFIX', 'DKP-NAME-SUFFIX', 'DKP-NAME-INFIX'],
    description: "DescribeKeyPairs matches KeyPairName exactly, '*' included",
    change: { nameMatches: (pattern, name) => pattern === name },
  }),
  defineMutant({
    name: 'describe-exact-as-prefix',
    area: 'describe-delete',
    rules: ['DKP-NAME-FILTER'],
    description: 'reads a KeyPairName without * as a prefix: it also lists the names that start with it',
    change: { nameMatches: nameMatchesExcept('exact', (x, name) => name.startsWith(x)) },
  }),
  defineMutant({
    name: 'describe-prefix-unanchored',
    area: 'describe-delete',
    rules: ['DKP-NAME-PREFIX'],
    description: 'reads x* as *x*: it also lists names that hold x later on',
    change: { nameMatches: nameMatchesExcept('prefix', (x, name) => name.includes(x)) },
  }),
  defineMutant({
    name: 'describe-suffix-unanchored',
    area: 'describe-delete',
    rules: ['DKP-NAME-SUFFIX'],
    description: 'reads *x as *x*: it also lists names that hold x earlier on',
    change: { nameMatches: nameMatchesExcept('suffix', (x, name) => name.includes(x)) },
  }),
  defineMutant({
    name: 'describe-infix-anchored',
    area: 'describe-delete',
    rules: ['DKP-NAME-INFIX'],
    description: 'reads *x* as x*: it lists only the names that start with x',
    change: { nameMatches: nameMatchesExcept('infix', (x, name) => name.startsWith(x)) },
  }),
  defineMutant({
    name: 'describe-fp-filter-ignored',
    area: 'describe-delete',
    rules: ['DKP-FP-FILTER'],
    description: 'ignores KeyPairFingerPrint',
    change: { filterMatches: (k, f) => matchesListFilter(k, { ...f, fingerprint: undefined }) },
  }),
  defineMutant({
    name: 'describe-rg-filter-ignored',
    area: 'describe-delete',
    rules: ['DKP-RG-FILTER'],
    description: 'ignores ResourceGroupId',
    change: { filterMatches: (k, f) => matchesListFilter(k, { ...f, resourceGroupId: undefined }) },
  }),
  defineMutant({
    name: 'describe-tag-value-ignored',
    area: 'describe-delete',
    rules: ['DKP-TAG-FILTER'],
    description: 'matches a Tag.N filter on the key alone, whatever Tag.N.Value says',
    change: {
      filterMatches: (k, f) => matchesListFilter(k, { ...f, tags: f.tags.map((t) => ({ ...t, value: undefined })) }),
    },
  }),
];

const DESCRIBE_PAGE_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'page-number-default-2',
    area: 'describe-delete',
    rules: ['DKP-PAGE-NUMBER-DEFAULT'],
    description: 'answers the second page when PageNumber is left out',
    change: { pageNumberDefault: 2 },
  }),
  defineMutant({
    name: 'page-size-default-20',
    area: 'describe-delete',
    rules: ['DKP-PAGE-SIZE-DEFAULT'],
    description: 'pages of 20 when PageSize is left out',
    change: { pageSize: { ...FAITHFUL.pageSize, default: 20 } },
  }),
  defineMutant({
    name: 'page-size-max-49',
    area: 'describe-delete',
    rules: ['DKP-PAGE-SIZE-MAX'],
    description: 'refuses PageSize 50 (a maximum of 49)',
    change: { pageSize: { ...FAITHFUL.pageSize, max: 49 } },
  }),
  defineMutant({
    name: 'page-size-ignored',
    area: 'describe-delete',
    rules: ['DKP-PAGING'],
    description: 'echoes PageSize but cuts every page at the default 10',
    change: { page: (m, n) => FAITHFUL.page(m, n, FAITHFUL.pageSize.default) },
  }),
  defineMutant({
    name: 'total-count-of-page',
    area: 'describe-delete',
    rules: ['DKP-TOTAL-COUNT'],
    description: 'answers TotalCount with the number of key pairs on the page',
    change: {
      renderBody: (body) => {
        const items = listedItems(body);
        return items !== undefined && 'TotalCount' in body ? { ...body, TotalCount: items.length } : body;
      },
    },
  }),
  defineMutant({
    name: 'partial-page-dropped',
    area: 'describe-delete',
    rules: ['DKP-LAST-PAGE'],
    description: 'answers a last page after the first that is not full as empty',
    change: { page: (m, n, size) => (n > 1 && n * size > m.length ? [] : FAITHFUL.page(m, n, size)) },
  }),
  defineMutant({
    name: 'page-past-end-clamped',
    area: 'describe-delete',
    rules: ['DKP-PAGE-PAST-END'],
    description: 'answers a page past the last with the last page',
    change: {
      page: (m, n, size) =>
        (n - 1) * size >= m.length ? m.slice(lastPageStart(m.length, size)) : FAITHFUL.page(m, n, size),
    },
  }),
  defineMutant({
    name: 'empty-result-no-list',
    area: 'describe-delete',
    rules: ['DKP-EMPTY-RESULT'],
    description: 'leaves KeyPairs.KeyPair out of a listing with no key pair',
    change: {
      renderBody: (body) => (listedItems(body)?.length === 0 ? { ...body, KeyPairs: {} } : body),
    },
  }),
];

const DESCRIBE_ITEM_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'item-no-creation-time',
    area: 'describe-delete',
    rules: ['DKP-ITEM-SHAPE'],
    description: 'lists key pairs without CreationTime',
    change: { renderBody: (body) => editItems(body, (i) => omit(i, 'CreationTime')) },
  }),
  defineMutant({
    name: 'item-empty-resource-group-omitted',
    area: 'describe-delete',
    rules: ['DKP-ITEM-SHAPE'],
    description: 'leaves ResourceGroupId out of key pairs that are in no resource group',
    change: { renderBody: (body) => editItems(body, (i) => (i['ResourceGroupId'] ? i : omit(i, 'ResourceGroupId'))) },
  }),
  defineMutant({
    name: 'creation-time-local',
    area: 'describe-delete',
    rules: ['DKP-CREATION-TIME'],
    description: "writes CreationTime as 'YYYY-MM-DD hh:mm:ss' without a zone",
    change: { creationTime: (now) => now.toISOString().slice(0, 19).replace('T', ' ') },
  }),
  defineMutant({
    name: 'public-key-never',
    area: 'describe-delete',
    rules: ['DKP-INCLUDE-PUBLIC-KEY'],
    description: 'never returns PublicKey, even with IncludePublicKey=true',
    change: { includePublicKey: () => false },
  }),
  defineMutant({
    name: 'public-key-by-default',
    area: 'describe-delete',
    rules: ['DKP-PUBLIC-KEY-DEFAULT'],
    description: 'returns PublicKey when IncludePublicKey is left out',
    change: { includePublicKey: (v) => v === undefined || v.toLowerCase() === 'true' },
  }),
];

const DELETE_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'delete-region-optional',
    area: 'describe-delete',
    rules: ['DEL-REGION-REQUIRED'],
    description: 'does not require RegionId of DeleteKeyPairs (a delete without one is an unknown region)',
    change: { requiredParams: notRequired('DeleteKeyPairs', 'RegionId') },
  }),
  defineMutant({
    name: 'delete-names-optional',
    area: 'describe-delete',
    rules: ['DEL-NAMES-REQUIRED'],
    description: 'does not require KeyPairNames (a delete without it is a value that is not a JSON array)',
    change: { requiredParams: notRequired('DeleteKeyPairs', 'KeyPairNames') },
  }),
  defineMutant({
    name: 'delete-names-invalid-parameter',
    area: 'describe-delete',
    rules: ['DEL-NAMES-JSON'],
    description: 'answers KeyPairNames that is not a JSON array with InvalidParameter',
    change: {
      errorRow: (spec, op, code) =>
        errorRow(
          spec,
          op,
          op === 'DeleteKeyPairs' && code === 'InvalidKeyPairNames.ValueNotSupported' ? 'InvalidParameter' : code,
        ),
    },
  }),
  defineMutant({
    name: 'delete-max-101',
    area: 'describe-delete',
    rules: ['DEL-NAMES-MAX'],
    description: 'DeleteKeyPairs accepts 101 names',
    change: { deleteMax: (spec) => spec.limits.deleteBatch + 1 },
  }),
  defineMutant({
    name: 'delete-max-99',
    area: 'describe-delete',
    rules: ['DEL-NAMES-MAX'],
    description: 'refuses a DeleteKeyPairs of 100 names (at most 99)',
    change: { deleteMax: (spec) => spec.limits.deleteBatch - 1 },
  }),
  defineMutant({
    name: 'delete-not-applied',
    area: 'describe-delete',
    rules: ['DEL-REMOVES-ALL'],
    description: 'answers DeleteKeyPairs with success and deletes nothing',
    change: { afterDelete: (before) => before },
  }),
  defineMutant({
    name: 'delete-first-name-only',
    area: 'describe-delete',
    rules: ['DEL-REMOVES-ALL'],
    description: 'deletes only the first name of KeyPairNames',
    change: { afterDelete: (before, _after, d) => removeKeyPairs(before, d.region, (k) => k.name === d.names[0]) },
  }),
  defineMutant({
    name: 'delete-by-prefix',
    area: 'describe-delete',
    rules: ['DEL-REMOVES-ONLY-NAMED'],
    description: 'also deletes the key pairs whose names start with a named one',
    change: {
      afterDelete: (_before, after, d) =>
        removeKeyPairs(after, d.region, (k) => d.names.some((n) => k.name.startsWith(n))),
    },
  }),
  defineMutant({
    name: 'delete-every-region',
    area: 'describe-delete',
    rules: ['DEL-REGION-SCOPE'],
    description: 'deletes the named key pairs in every region',
    change: { afterDelete: (_before, after, d) => removeEverywhere(after, d.names) },
  }),
];

/** The DescribeKeyPairs and DeleteKeyPairs mutants. */
export const DESCRIBE_DELETE_MUTANTS: readonly Mutant[] = [
  ...DESCRIBE_REQUEST_MUTANTS,
  ...DESCRIBE_PAGE_MUTANTS,
  ...DESCRIBE_ITEM_MUTANTS,
  ...DELETE_MUTANTS,
];
