/**
 * A cache of validated YAML: the parsed value of a file, keyed by a hash of its text and of
 * the schema that validated it, in a per-user folder of the OS temp dir. Parsing and
 * validating the case files costs a cold process most of a second; reading the cached JSON
 * costs milliseconds. A changed file or schema is a new key, so nothing stale is ever read;
 * a cache that cannot be written is simply not used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function owner(): string {
  try {
    return String(process.getuid?.() ?? userInfo().username);
  } catch {
    return 'anyone';
  }
}

const DIR = join(tmpdir(), `keypair-conformance-cache-${owner()}`);

/** The cache key of `text` as validated by the schema fingerprinted `schema`. */
export function cacheKey(schema: string, text: string): string {
  return createHash('sha256').update(schema).update('\u0000').update(text).digest('hex');
}

/** The value cached under `key`, or undefined. */
export function cached<T>(key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(DIR, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Caches `value` under `key`; written to a temporary name and renamed, so a reader never sees half of it. */
export function cache(key: string, value: unknown): void {
  try {
    mkdirSync(DIR, { recursive: true, mode: 0o700 });
    const tmp = join(DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, join(DIR, `${key}.json`));
  } catch {
    // A cache that cannot be written is not used: correctness never depends on it.
  }
}
