/**
 * DescribeKeyPairs' filters other than the name: the fingerprint, the resource group and
 * Tag.N. The reference matching (Behaviour.filterMatches) lives here so the policy and the
 * operation share one definition. Pure, on the state's data types only.
 */
import type { KeyPairRecord, Tag } from './model.ts';

/** One Tag.N filter as sent; `value` undefined when Tag.N.Value was not sent. */
export interface TagFilter {
  key: string;
  value: string | undefined;
}

/** The filters of one DescribeKeyPairs; undefined (or empty) where the request sets none. */
export interface ListFilter {
  fingerprint: string | undefined;
  resourceGroupId: string | undefined;
  tags: readonly TagFilter[];
}

/** True when `tags` holds every filter tag (a filter without a value matches any value). */
export function matchesTagFilters(tags: readonly Tag[], filters: readonly TagFilter[]): boolean {
  return filters.every((f) =>
    tags.some((t) => t.TagKey === f.key && (f.value === undefined || t.TagValue === f.value)),
  );
}

/** The reference: the fingerprint and the resource group exactly, and every tag; an empty value is no filter. */
export function matchesListFilter(k: KeyPairRecord, f: ListFilter): boolean {
  return (
    (f.fingerprint === undefined || f.fingerprint === '' || k.fingerprint === f.fingerprint) &&
    (f.resourceGroupId === undefined || f.resourceGroupId === '' || k.resourceGroupId === f.resourceGroupId) &&
    matchesTagFilters(k.tags, f.tags)
  );
}
