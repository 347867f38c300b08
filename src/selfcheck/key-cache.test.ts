import { describe, expect, test } from 'vitest';
import { parseKeySpecId } from '../keys/index.ts';
import { createKeyCache } from './key-cache.ts';

describe('the key cache of self-check runs', () => {
  test('gives fresh keys within a run, and the same keys again after a reset', async () => {
    const cache = createKeyCache();
    const spec = parseKeySpecId('ecdsa-nistp256')!;
    const first = [await cache.factory(spec), await cache.factory(spec)].map((k) => k.publicKey);
    expect(first[0]).not.toBe(first[1]);
    const generated = cache.generated;
    cache.reset();
    const again = [await cache.factory(spec), await cache.factory(spec)].map((k) => k.publicKey);
    expect(again).toEqual(first);
    expect(cache.generated).toBe(generated);
    const third = await cache.factory(spec);
    expect(first).not.toContain(third.publicKey);
  });

  test('keeps key types apart: another type is generated, not served from the first pool', async () => {
    const cache = createKeyCache();
    await cache.factory(parseKeySpecId('ecdsa-nistp256')!);
    const ed = await cache.factory(parseKeySpecId('ed25519')!);
    expect(ed.publicKey.startsWith('ssh-ed25519 ')).toBe(true);
    expect(cache.generated).toBe(2);
  });
});
