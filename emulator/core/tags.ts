/**
 * Tag.N.Key / Tag.N.Value parameters: read as written, checked against the index range,
 * and (for ImportKeyPair) against the spec's key and value rules.
 */
import { tagIndices } from '../../src/spec/predicates.ts';
import { codeForRule, param, parsePositiveInt } from './params.ts';
import { fail, invalid, missing, ok } from './responses.ts';
import type { CoreEnv, Step, Tag } from './types.ts';

type Params = Readonly<Record<string, string>>;

/** One Tag.N as sent; the value is undefined when Tag.N.Value was not sent. */
export interface TagParam {
  index: number;
  key: string;
  value: string | undefined;
}

/** The Tag.N parameters in index order; each N in range and with a key. */
export function readTags(env: CoreEnv, params: Params): Step<TagParam[]> {
  const range = env.behaviour.tagIndexRange(env.spec);
  const found: TagParam[] = [];
  for (const written of tagIndices(params as Record<string, string>)) {
    const keyName = `Tag.${written}.Key`;
    // '0' is a plainly written index too: it is refused by the range, not by its spelling.
    const index = written === '0' ? 0 : parsePositiveInt(written);
    const shownName = param(params, keyName) !== undefined ? keyName : `Tag.${written}.Value`;
    if (index === undefined || index < range.min || index > range.max) return invalid(shownName);
    const key = param(params, keyName);
    if (key === undefined) return missing(keyName);
    found.push({ index, key, value: param(params, `Tag.${written}.Value`) });
  }
  return ok(found.sort((a, b) => a.index - b.index));
}

/** ImportKeyPair's tags: read, then each key and value checked by the spec's rules. */
export function validateTags(env: CoreEnv, params: Params): Step<Tag[]> {
  const read = readTags(env, params);
  if (!read.ok) return read;
  const seen = new Set<string>();
  const tags: Tag[] = [];
  for (const t of read.value) {
    const value = t.value ?? '';
    const keyRule = env.behaviour.tagBrokenRule(env.spec, 'Key', t.key);
    if (keyRule !== undefined) return fail(codeForRule(keyRule, 'InvalidTagKey.Malformed'), `Tag.${t.index}.Key`);
    const valueRule = env.behaviour.tagBrokenRule(env.spec, 'Value', value);
    if (valueRule !== undefined)
      return fail(codeForRule(valueRule, 'InvalidTagValue.Malformed'), `Tag.${t.index}.Value`);
    if (seen.has(t.key) && env.behaviour.rejectDuplicateTagKeys) return fail('Duplicate.TagKey', `Tag.${t.index}.Key`);
    seen.add(t.key);
    tags.push({ TagKey: t.key, TagValue: value });
  }
  return ok(tags);
}
