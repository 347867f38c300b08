import { generateKey, keySpecId, parseKeySpecId, type GeneratedKey, type KeySpec } from '../keys/index.ts';
import type { Case } from '../cases/types.ts';

/**
 * Fresh keys, generated ahead. RSA and DSA generation takes up to seconds a key on the
 * threadpool; started only when a case's turn comes, it holds one of the run's slots and
 * lengthens the run's tail. The pool starts every slow key the selected cases will need
 * as soon as the preflight passed, all at once and the costliest first, hands each out
 * exactly once, and tells the engine which cases have theirs ready: keys stay fresh (no key
 * is ever imported under two names), they just start earlier.
 */

/** Makes a key of a spec: fresh from node:crypto, prefetched, or reused across self-check runs. */
export type KeyFactory = (spec: KeySpec) => Promise<GeneratedKey>;

/** Key types cheap enough to generate on demand (well under a millisecond). */
const CHEAP = new Set(['ecdsa', 'ed25519']);

/** The key types a case's vars need, fresh or as the source of a malformed body. */
function keyTypesOf(c: Pick<Case, 'vars'>): string[] {
  return Object.values(c.vars ?? {}).flatMap((v) => ('key' in v ? [v.key] : 'malformed' in v ? [v.malformed.of] : []));
}

/** The key types a case's malformed bodies are cut from. */
function malformedOf(c: Pick<Case, 'vars'>): string[] {
  return Object.values(c.vars ?? {}).flatMap((v) => ('malformed' in v ? [v.malformed.of] : []));
}

function isSlow(id: string): boolean {
  const spec = parseKeySpecId(id);
  return spec !== undefined && !CHEAP.has(spec.kind);
}

/** The slow key types malformed bodies are cut from (one source key each, made ahead). */
export function malformedSources(cases: readonly Pick<Case, 'vars'>[]): string[] {
  return [...new Set(cases.flatMap(malformedOf))].filter(isSlow);
}

/**
 * How many keys of each slow type the run will ask the pool for: one per fresh key a case
 * needs (per call for a perCall step), and one per type malformed bodies are cut from.
 */
export function slowKeyDemand(cases: readonly Pick<Case, 'vars' | 'steps'>[]): Map<string, number> {
  const demand = new Map<string, number>();
  const add = (id: string, n: number): void => void demand.set(id, (demand.get(id) ?? 0) + n);
  for (const c of cases) {
    const perCall = new Map<string, number>();
    for (const s of c.steps)
      if ('action' in s && s.perCall && s.times) for (const v of s.perCall) perCall.set(v, s.times);
    for (const [name, v] of Object.entries(c.vars ?? {})) {
      if ('key' in v && isSlow(v.key)) add(v.key, 1 + (perCall.get(name) ?? 0));
    }
  }
  for (const id of malformedSources(cases)) add(id, 1);
  return demand;
}

/** Rough relative cost of a key: RSA grows with about the cube of its size, DSA 1024 sits near RSA 1536. */
function cost(spec: KeySpec): number {
  return spec.kind === 'rsa' ? (spec.bits / 1024) ** 3 : spec.kind === 'dsa' ? 4 : 0;
}

/** Prefetched keys: the factory that serves them first, and whether a case's are all made yet. */
export interface KeyPool {
  keys: KeyFactory;
  /** True when every prefetched key of each type the case needs is made (or failed). */
  ready: (c: Pick<Case, 'vars'>) => boolean;
}

/**
 * Starts making every key of `demand` at once, the costliest first (the threadpool runs four
 * at a time, the small ones fill in behind); the pool hands each out exactly once, then
 * makes more.
 */
export function prefetchKeys(demand: ReadonlyMap<string, number>, make: KeyFactory = generateKey): KeyPool {
  const pools = new Map<string, Array<Promise<GeneratedKey>>>();
  const pending = new Map<string, number>();
  const count = (id: string, n: number): void => void pending.set(id, (pending.get(id) ?? 0) + n);
  const specs = [...demand].flatMap(([id, n]) => {
    const spec = parseKeySpecId(id);
    return spec ? [{ id, n, spec }] : [];
  });
  for (const { id, n, spec } of specs.sort((a, b) => cost(b.spec) - cost(a.spec))) {
    const pool = Array.from({ length: n }, () => make(spec));
    count(id, n);
    // A failed prefetch is not an unhandled rejection: the case that takes it reports it.
    for (const p of pool) void p.catch(() => undefined).finally(() => count(id, -1));
    pools.set(id, pool);
  }
  return {
    keys: (spec) => pools.get(keySpecId(spec))?.shift() ?? make(spec),
    ready: (c) => keyTypesOf(c).every((id) => !pending.get(id)),
  };
}
