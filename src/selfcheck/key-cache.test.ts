import { describe, expect, test } from 'vitest';
import { generateKey, parseKeySpecId } from '../keys/index.ts';
import { installKeyCache } from './key-cache.ts';

// Installs the cache in this test file's own worker process (vitest isolates files).
describe('the key cache of self-check workers', () => {
  test('gives fresh keys within a run, and the same keys in the same order after a reset', async () => {
    const cache = installKeyCache();
    const spec = parseKeySpecId('ecdsa-nistp256')!;
    const first = [await generateKey(spec), await generateKey(spec)].map((k) => k.publicKey);
    expect(first[0]).not.toBe(first[1]);
    const generated = cache.generated;
    cache.reset();
    const again = [await generateKey(spec), await generateKey(spec)].map((k) => k.publicKey);
    expect(again).toEqual(first);
    expect(cache.generated).toBe(generated);
    const third = await generateKey(spec);
    expect(first).not.toContain(third.publicKey);
  });

  test('keeps kinds apart: another key type is generated, not served from the first pool', async () => {
    const cache = installKeyCache();
    cache.reset();
    const before = cache.generated;
    const dsaOrEd = await generateKey(parseKeySpecId('ed25519')!);
    expect(dsaOrEd.publicKey.startsWith('ssh-ed25519 ')).toBe(true);
    expect(cache.generated).toBe(before + 1);
  });
});
