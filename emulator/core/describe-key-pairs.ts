/**
 * DescribeKeyPairs: filters a region's key pairs (name with `*` wildcards, fingerprint,
 * resource group, tags) and returns one page of them in creation order.
 */
import type { ListFilter } from './list-filter.ts';
import { checkRegion, param, parsePositiveInt, requireParams } from './params.ts';
import { invalid, ok } from './responses.ts';
import { readTags } from './tags.ts';
import type { CoreEnv, EmulatorState, KeyPairRecord, OpResult, Step } from './types.ts';

type Params = Readonly<Record<string, string>>;

interface Paging {
  pageNumber: number;
  pageSize: number;
  includePublicKey: boolean;
}

/** PageNumber ≥ 1, PageSize 1..max, IncludePublicKey true/false; InvalidParameter naming the first bad one. */
function readPaging(env: CoreEnv, params: Params): Step<Paging> {
  const sizes = env.behaviour.pageSize;
  const numberText = param(params, 'PageNumber');
  const sizeText = param(params, 'PageSize');
  const includeText = param(params, 'IncludePublicKey');
  const pageNumber = numberText === undefined ? env.behaviour.pageNumberDefault : parsePositiveInt(numberText);
  if (pageNumber === undefined) return invalid('PageNumber');
  const pageSize = sizeText === undefined ? sizes.default : parsePositiveInt(sizeText);
  if (pageSize === undefined || pageSize > sizes.max) return invalid('PageSize');
  const include = includeText?.toLowerCase();
  if (include !== undefined && include !== 'true' && include !== 'false') return invalid('IncludePublicKey');
  return ok({ pageNumber, pageSize, includePublicKey: env.behaviour.includePublicKey(includeText) });
}

/** The item shape DescribeKeyPairs returns for one key pair. */
export function describeItem(k: KeyPairRecord, includePublicKey: boolean): Record<string, unknown> {
  const tags = { Tag: k.tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) };
  // Two literals, not a spread into one: each is one fixed object shape, built directly.
  if (!includePublicKey) {
    return {
      KeyPairName: k.name,
      KeyPairFingerPrint: k.fingerprint,
      CreationTime: k.creationTime,
      ResourceGroupId: k.resourceGroupId,
      Tags: tags,
    };
  }
  return {
    KeyPairName: k.name,
    KeyPairFingerPrint: k.fingerprint,
    CreationTime: k.creationTime,
    ResourceGroupId: k.resourceGroupId,
    PublicKey: k.publicKey,
    Tags: tags,
  };
}

/** DescribeKeyPairs: one page of the matching key pairs, with the total count. */
export function describeKeyPairs(state: EmulatorState, params: Params, env: CoreEnv): OpResult {
  const required = requireParams(env, params, env.behaviour.requiredParams(env.spec, 'DescribeKeyPairs'));
  if (!required.ok) return required;
  const region = checkRegion(env, param(params, 'RegionId'));
  if (!region.ok) return region;
  const paging = readPaging(env, params);
  if (!paging.ok) return paging;
  const tagFilters = readTags(env, params);
  if (!tagFilters.ok) return tagFilters;

  const name = param(params, 'KeyPairName');
  const filter: ListFilter = {
    fingerprint: param(params, 'KeyPairFingerPrint'),
    resourceGroupId: param(params, 'ResourceGroupId'),
    tags: tagFilters.value,
  };
  // An empty filter value is read as no filter, as the SDK's optional fields are.
  const matching = env.behaviour
    .listed(state, region.value)
    .filter(
      (k) =>
        (name === undefined || name === '' || env.behaviour.nameMatches(name, k.name)) &&
        env.behaviour.filterMatches(k, filter),
    );
  const { pageNumber, pageSize, includePublicKey } = paging.value;
  const page = env.behaviour.page(matching, pageNumber, pageSize);
  return {
    ok: true,
    state,
    body: {
      TotalCount: matching.length,
      PageNumber: pageNumber,
      PageSize: pageSize,
      KeyPairs: { KeyPair: page.map((k) => describeItem(k, includePublicKey)) },
    },
  };
}
