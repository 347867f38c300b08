import { describe, expect, test } from 'vitest';
import { isLoopbackAddress } from './loopback.ts';

describe('isLoopbackAddress', () => {
  test.for([
    ['127.0.0.1', true],
    ['127.3.4.5', true],
    ['localhost', true],
    ['[::1]', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['128.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['ecs.cn-hangzhou.aliyuncs.com', false],
    ['127.0.0.1.example.com', false],
  ] as const)('%s is loopback: %s', ([host, loopback]) => {
    expect(isLoopbackAddress(host)).toBe(loopback);
  });
});
