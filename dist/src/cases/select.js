/**
 * Which cases a run takes: `--only` (a glob over case ids) and `--shard i/n`. Sharding is by
 * case, not by file, so shards are balanced however the YAML is split, and exclusive cases
 * (the quota) land in exactly one shard: the first.
 */
import { createHash } from 'node:crypto';
import { KpcError } from '../errors.js';
/** A glob over ids: `*` any run of characters, `?` one, `{a,b}` either. */
export function globToRegExp(glob) {
    let out = '';
    let depth = 0;
    for (const ch of glob) {
        if (ch === '*')
            out += '.*';
        else if (ch === '?')
            out += '.';
        else if (ch === '{')
            (depth++, (out += '(?:'));
        else if (ch === '}' && depth > 0)
            (depth--, (out += ')'));
        else if (ch === ',' && depth > 0)
            out += '|';
        else
            out += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
    if (depth !== 0)
        throw new KpcError('KPC_USAGE', `--only "${glob}" has an unclosed {`);
    return new RegExp(`^${out}$`);
}
/** Parses `i/n` (1-based) or throws a usage error naming the flag. */
export function parseShard(s) {
    const m = /^(\d+)\/(\d+)$/.exec(s);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
        throw new KpcError('KPC_USAGE', `--shard must be i/n with 1 <= i <= n (got "${s}")`);
    }
    return { index, count };
}
/** True when case `c` belongs to shard `index` of `count` (1-based). */
export function inShard(c, index, count) {
    if (count === 1)
        return true;
    if (c.exclusive)
        return index === 1;
    const h = createHash('sha256').update(c.id).digest().readUInt32BE(0);
    return (h % count) + 1 === index;
}
/** The cases of `all` that `only` and `shard` select, in their order. */
export function selectCases(all, s) {
    const only = s.only === undefined ? undefined : globToRegExp(s.only);
    const shard = s.shard;
    return all.filter((c) => (!only || only.test(c.id)) && (!shard || inShard(c, shard.index, shard.count)));
}
