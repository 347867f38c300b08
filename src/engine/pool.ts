/**
 * Runs `fn` on `items` with at most `limit` calls in flight. A free slot takes the first
 * item `ready` accepts now, or the first item left when it accepts none.
 */
export async function runPicking<T>(
  items: readonly T[],
  limit: number,
  ready: (item: T) => boolean,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const left = [...items];
  const worker = async (): Promise<void> => {
    while (left.length > 0) {
      const [item] = left.splice(Math.max(0, left.findIndex(ready)), 1);
      await fn(item!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** Maps `items` through `fn` with at most `limit` calls in flight; keeps input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  await runPicking(
    items.map((item, i) => ({ item, i })),
    limit,
    () => true,
    async ({ item, i }) => void (out[i] = await fn(item, i)),
  );
  return out;
}

/** Groups items by key, keeping first-seen key order (Map.groupBy is Node 21+). */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
