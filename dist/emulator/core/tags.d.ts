import type { CoreEnv, Step, Tag } from './types.ts';
type Params = Readonly<Record<string, string>>;
/** One Tag.N as sent; the value is undefined when Tag.N.Value was not sent. */
export interface TagParam {
    index: number;
    key: string;
    value: string | undefined;
}
/** The Tag.N parameters in index order; each N in range and with a key. */
export declare function readTags(env: CoreEnv, params: Params): Step<TagParam[]>;
/** ImportKeyPair's tags: read, then each key and value checked by the spec's rules. */
export declare function validateTags(env: CoreEnv, params: Params): Step<Tag[]>;
/** True when `tags` holds every filter tag (a filter without a value matches any value). */
export declare function matchesTagFilters(tags: readonly Tag[], filters: readonly TagParam[]): boolean;
export {};
