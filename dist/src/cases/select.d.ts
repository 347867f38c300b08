import type { LoadedCase } from './load.ts';
/** A shard: the `index`-th (1-based) of `count`. */
export interface Shard {
    index: number;
    count: number;
}
/** A glob over ids: `*` any run of characters, `?` one, `{a,b}` either. */
export declare function globToRegExp(glob: string): RegExp;
/** Parses `i/n` (1-based) or throws a usage error naming the flag. */
export declare function parseShard(s: string): Shard;
/** True when case `c` belongs to shard `index` of `count` (1-based). */
export declare function inShard(c: Pick<LoadedCase, 'id' | 'exclusive'>, index: number, count: number): boolean;
/** The cases of `all` that `only` and `shard` select, in their order. */
export declare function selectCases(all: readonly LoadedCase[], s: {
    only?: string | undefined;
    shard?: Shard | undefined;
}): LoadedCase[];
