import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { resolveTarget, targetForRegion } from './target.ts';

function configFault(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isKpcError(e, 'KPC_CONFIG')).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a KPC_CONFIG fault');
}

describe('resolveTarget', () => {
  test('defaults to the public ECS endpoint of the region', () => {
    const t = resolveTarget({ region: 'cn-hangzhou' });
    expect(t.url.href).toBe('https://ecs.cn-hangzhou.aliyuncs.com/');
    expect(t.host).toBe('ecs.cn-hangzhou.aliyuncs.com');
    expect(t.region).toBe('cn-hangzhou');
    expect(t.loopback).toBe(false);
  });

  test('accepts an explicit loopback URL and keeps the port in host', () => {
    const t = resolveTarget({ url: 'http://127.0.0.1:8080', region: 'ap-southeast-1' });
    expect(t.url.origin).toBe('http://127.0.0.1:8080');
    expect(t.host).toBe('127.0.0.1:8080');
    expect(t.loopback).toBe(true);
  });

  test('accepts a trailing slash as the root path', () => {
    expect(resolveTarget({ url: 'https://ecs.example.com/', region: 'cn-beijing' }).host).toBe('ecs.example.com');
  });

  test('rejects a region that is not a region id', () => {
    expect(configFault(() => resolveTarget({ region: 'Hangzhou' }))).toContain('"Hangzhou" is not a region id');
    configFault(() => resolveTarget({ region: 'cn' }));
    configFault(() => resolveTarget({ region: 'cn-hangzhou/evil' }));
  });

  test('rejects a malformed URL', () => {
    expect(configFault(() => resolveTarget({ url: 'not a url', region: 'cn-hangzhou' }))).toContain('not a valid');
  });

  test('rejects schemes other than http and https', () => {
    expect(configFault(() => resolveTarget({ url: 'ftp://127.0.0.1', region: 'cn-hangzhou' }))).toContain('ftp');
  });

  test('rejects a path, query or fragment', () => {
    for (const url of ['http://127.0.0.1:8080/api', 'http://127.0.0.1/?a=1', 'http://127.0.0.1/#x']) {
      expect(configFault(() => resolveTarget({ url, region: 'cn-hangzhou' }))).toContain("path '/'");
    }
  });

  test('rejects credentials in the URL without echoing them', () => {
    const message = configFault(() => resolveTarget({ url: 'http://user:CANARY@127.0.0.1/', region: 'cn-hangzhou' }));
    expect(message).toContain('credentials');
    expect(message).not.toContain('CANARY');
  });
});

describe('a target on this machine', () => {
  test('detects loopback through URL normalisation', () => {
    expect(resolveTarget({ url: 'http://127.1:9000', region: 'cn-hangzhou' }).loopback).toBe(true);
    expect(resolveTarget({ url: 'http://[::1]:9000', region: 'cn-hangzhou' }).loopback).toBe(true);
  });
});

describe('targetForRegion', () => {
  const regions = ['cn-hangzhou', 'cn-shanghai'];
  test("sends a call for another known region to that region's endpoint on Alibaba Cloud", () => {
    const t = targetForRegion(resolveTarget({ region: 'cn-hangzhou' }), 'cn-shanghai', regions);
    expect(t.url.origin).toBe('https://ecs.cn-shanghai.aliyuncs.com');
    expect(t.host).toBe('ecs.cn-shanghai.aliyuncs.com');
  });
  test('keeps the endpoint for its own region, an unknown region, and no region', () => {
    const base = resolveTarget({ url: 'https://ecs-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou' });
    expect(targetForRegion(base, 'cn-hangzhou', regions)).toBe(base);
    expect(targetForRegion(base, 'xx-kpc-nowhere-1', regions)).toBe(base);
    expect(targetForRegion(base, undefined, regions)).toBe(base);
    expect(targetForRegion(base, 'cn-shanghai', regions).host).toBe('ecs.cn-shanghai.aliyuncs.com');
  });
  test('never reroutes an emulator or any other host', () => {
    const emu = resolveTarget({ url: 'http://127.0.0.1:8080', region: 'cn-hangzhou' });
    expect(targetForRegion(emu, 'cn-shanghai', regions)).toBe(emu);
    const other = resolveTarget({ url: 'https://ecs.example.com', region: 'cn-hangzhou' });
    expect(targetForRegion(other, 'cn-shanghai', regions)).toBe(other);
  });
});
