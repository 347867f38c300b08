import { type GeneratedKey, type KeySpec } from '../keys/index.ts';
import type { Case } from '../cases/types.ts';
/**
 * Fresh keys, generated ahead. RSA and DSA generation takes up to seconds a key on the
 * threadpool; started only when a case's turn comes, it holds one of the run's slots and
 * lengthens the run's tail. The pool starts every slow key the selected cases will need
 * as soon as the run starts, all at once, and hands each out exactly once: keys stay
 * fresh (no key is ever imported under two names), they just start earlier.
 */
/** Makes a key of a spec: fresh from node:crypto, prefetched, or reused across self-check runs. */
export type KeyFactory = (spec: KeySpec) => Promise<GeneratedKey>;
/** True when a case needs a key of a slow type (RSA, DSA): generated ahead, it may not be ready at once. */
export declare function needsSlowKeys(c: Pick<Case, 'vars'>): boolean;
/** The slow key types malformed bodies are cut from (one source key each, made ahead). */
export declare function malformedSources(cases: readonly Pick<Case, 'vars'>[]): string[];
/** How many fresh keys of each slow type the cases will ask for. */
export declare function slowKeyDemand(cases: readonly Pick<Case, 'vars' | 'steps'>[]): Map<string, number>;
/** A key factory that serves prefetched keys first, then generates on demand. */
export declare function prefetchingKeyFactory(demand: ReadonlyMap<string, number>, make?: KeyFactory): KeyFactory;
