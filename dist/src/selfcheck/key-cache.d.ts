import { type GeneratedKey, type KeySpec } from '../keys/index.ts';
/**
 * Key reuse across mutant runs. A suite run generates ~540 keys (RSA 4096 among them,
 * up to seconds each); a self-check runs the suite dozens of times. Within one run every
 * key must be fresh (an equivalent mutant refuses a key imported twice), but each mutant
 * gets a fresh emulator, so run k may reuse the keys of earlier runs. The cache is handed
 * to the runner as its key factory; nothing global is patched.
 */
export interface KeyCache {
    /** The runner's key factory: the next unused key of this spec in the current run. */
    factory(spec: KeySpec): Promise<GeneratedKey>;
    /** Starts a new run: keys are handed out again, from the first. */
    reset(): void;
    /** Keys generated so far (not served from the cache). */
    readonly generated: number;
}
/** A fresh, empty key cache. */
export declare function createKeyCache(make?: (spec: KeySpec) => Promise<GeneratedKey>): KeyCache;
