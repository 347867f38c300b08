/**
 * Key reuse across mutant runs. A suite run generates ~540 keys (RSA 4096 among them,
 * seconds each); a self-check runs the suite dozens of times. Within one run every key
 * must be fresh (an equivalent mutant refuses a key imported twice), but each mutant gets
 * a fresh emulator, so run k may reuse run 1's keys in the same order. The runner makes
 * keys through node:crypto's generateKeyPair, so the worker process that runs mutants
 * replaces that one function (syncBuiltinESMExports makes ES imports see the change).
 * Only self-check worker processes install it.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';

type Callback = (err: Error | null, publicKey: unknown, privateKey: unknown) => void;
type GenerateKeyPair = (type: string, options: unknown, callback: Callback) => void;

/** Handle on the installed cache. */
export interface KeyCache {
  /** Starts a new run: the next requests get the cached keys again, from the first. */
  reset(): void;
  /** Keys generated so far (not served from the cache). */
  readonly generated: number;
}

/** Installs the cache in this process (once; later calls return the same handle). */
export function installKeyCache(): KeyCache {
  if (installed) return installed;
  const crypto = createRequire(import.meta.url)('node:crypto') as { generateKeyPair: GenerateKeyPair };
  const original = crypto.generateKeyPair;
  const pools = new Map<string, Array<[unknown, unknown]>>();
  const cursors = new Map<string, number>();
  let generated = 0;
  crypto.generateKeyPair = (type, options, callback) => {
    const kind = JSON.stringify([type, options]);
    const i = cursors.get(kind) ?? 0;
    cursors.set(kind, i + 1);
    const pool = pools.get(kind) ?? [];
    pools.set(kind, pool);
    const hit = pool[i];
    if (hit) return void process.nextTick(callback, null, hit[0], hit[1]);
    generated++;
    original(type, options, (err, pub, priv) => {
      if (!err) pool[i] = [pub, priv];
      callback(err, pub, priv);
    });
  };
  syncBuiltinESMExports();
  installed = { reset: () => cursors.clear(), get generated() { return generated; } };
  return installed;
}

let installed: KeyCache | undefined;
