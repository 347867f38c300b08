import { createHash } from 'node:crypto';
import type { LoadedCase } from '../cases/load.ts';

/**
 * Deterministic sharding of cases (not files), so shards are balanced however the YAML is
 * split, and exclusive cases (the quota) land in exactly one shard: the first.
 */

/** True when case `c` belongs to shard `index` of `count` (1-based). */
export function inShard(c: Pick<LoadedCase, 'id' | 'exclusive'>, index: number, count: number): boolean {
  if (count === 1) return true;
  if (c.exclusive) return index === 1;
  const h = createHash('sha256').update(c.id).digest().readUInt32BE(0);
  return (h % count) + 1 === index;
}
