/** Maps `items` through `fn` with at most `limit` calls in flight; keeps input order. */
export declare function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]>;
/** Groups items by key, keeping first-seen key order (Map.groupBy is Node 21+). */
export declare function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]>;
