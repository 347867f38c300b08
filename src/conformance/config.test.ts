import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { globToRegExp, inShard, parseShard } from '../cases/select.ts';
import { resolveRunConfig } from './config.ts';

describe('run config', () => {
  test('defaults: cn-hangzhou and cn-shanghai, v3, concurrency 8, reports/latest', () => {
    const c = resolveRunConfig({}, '/x');
    expect(c).toMatchObject({
      region: 'cn-hangzhou',
      secondRegion: 'cn-shanghai',
      signature: 'v3',
      concurrency: 8,
      reportDir: '/x/reports/latest',
      target: undefined,
    });
  });
  test.for([
    [{ concurrency: 0 }, '--concurrency'],
    [{ signature: 'v2' as 'v3' }, '--signature'],
    [{ region: 'a-b', secondRegion: 'a-b' }, '--second-region'],
    [{ shard: '3/2' }, '--shard'],
    [{ timeoutMs: 5 }, '--timeout'],
  ] as const)('rejects %j naming %s', ([input, flag]) => {
    try {
      resolveRunConfig(input);
      expect.unreachable();
    } catch (e) {
      expect(isKpcError(e, 'KPC_USAGE')).toBe(true);
      expect((e as Error).message).toContain(flag);
    }
  });
  test('--only globs over case ids', () => {
    expect(globToRegExp('ikp-name-*').test('ikp-name-length/x')).toBe(true);
    expect(globToRegExp('ikp-name-*').test('ikp-tag-x')).toBe(false);
    expect(globToRegExp('ikp-{name,quota}*').test('ikp-quota/x')).toBe(true);
    expect(globToRegExp('ikp-{name,quota}*').test('ikp-tag/x')).toBe(false);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(() => globToRegExp('ikp-{name')).toThrow(/unclosed/);
  });
});

describe('sharding', () => {
  const ids = Array.from({ length: 200 }, (_, i) => ({ id: `case-${i}`, exclusive: i === 7 }));
  test('every case lands in exactly one of n shards; exclusive ones in shard 1', () => {
    for (const n of [1, 2, 3, 5]) {
      for (const c of ids)
        expect(Array.from({ length: n }, (_, i) => inShard(c, i + 1, n)).filter(Boolean)).toHaveLength(1);
      expect(inShard(ids[7]!, 1, n)).toBe(true);
    }
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  });
});
