import { describe, expect, test } from 'vitest';
import { parseRpcRequest, verifyRequest } from '../sign/index.ts';
import { resolveTarget } from './target.ts';
import { buildWireRequest } from './wire.ts';

const credentials = { accessKeyId: 'id', accessKeySecret: 'secret' };
const stamp = { date: new Date('2026-11-28T12:00:00Z'), nonce: 'n-1' };

describe('buildWireRequest', () => {
  test("a call for another region of Alibaba Cloud goes to, and is signed for, that region's host", () => {
    const target = resolveTarget({ region: 'cn-hangzhou' });
    const wire = buildWireRequest(
      { action: 'DescribeKeyPairs', params: { RegionId: 'cn-shanghai' } },
      {
        target,
        credentials,
        signature: 'v3',
        v1Method: 'GET',
        version: '2014-05-26',
        regionEndpoints: ['cn-hangzhou', 'cn-shanghai'],
      },
      stamp,
    );
    expect(new URL(wire.url).host).toBe('ecs.cn-shanghai.aliyuncs.com');
    expect(wire.headers.host).toBe('ecs.cn-shanghai.aliyuncs.com');
    const u = new URL(wire.url);
    const raw = {
      method: wire.method,
      url: `${u.pathname}${u.search}`,
      headers: wire.headers,
      body: new TextEncoder().encode(wire.body),
    };
    const parsed = parseRpcRequest(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const verdict = verifyRequest(raw, parsed.call, {
      now: stamp.date,
      lookupSecret: () => 'secret',
      nonceSeen: () => false,
    });
    expect(verdict.ok).toBe(true);
  });
});
