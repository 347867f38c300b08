import { describe, expect, test } from 'vitest';
import type { Exchange } from './exchange.ts';
import type { TransportFailure } from './transport.ts';
import type { CallContext, Handler } from './interceptors.ts';
import { backoffDelay, isWriteAction, parseRetryAfter, retry, retryReason } from './retry.ts';

function exchange(status: number, body: unknown, headers: Record<string, string> = {}): Exchange {
  return {
    seq: 1,
    action: 'X',
    params: {},
    request: { method: 'POST', url: 'http://127.0.0.1/', headers: {}, body: '' },
    response: { status, headers, text: JSON.stringify(body), body },
    error: undefined,
    startedAt: '2024-01-01T00:00:00.000Z',
    durationMs: 1,
    attempts: 1,
  };
}

function fault(failure: TransportFailure): Exchange {
  return {
    ...exchange(0, undefined),
    response: undefined,
    error: { code: 'KPC_TARGET_UNREACHABLE', message: failure, failure },
  };
}

const read = { write: false, idempotent: false };
const write = { write: true, idempotent: false };
const idempotentWrite = { write: true, idempotent: true };
const throttled = exchange(400, { Code: 'Throttling.User', Message: 'x' });
const unavailable = exchange(503, { Code: 'ServiceUnavailable', Message: 'x' });

describe('retryReason', () => {
  test('retries throttling for reads and writes alike, whatever the status', () => {
    expect(retryReason(read, throttled)).toBe('throttled (Throttling.User)');
    expect(retryReason(write, exchange(403, { Code: 'Throttling' }))).toBe('throttled (Throttling)');
  });

  test('retries a server fault for a read or an idempotent write, never for a plain write', () => {
    expect(retryReason(read, unavailable)).toBe('HTTP 503');
    expect(retryReason(idempotentWrite, unavailable)).toBe('HTTP 503');
    expect(retryReason(read, exchange(500, { Code: 'InternalError' }))).toBe('HTTP 500');
    expect(retryReason(write, unavailable)).toBeUndefined();
    expect(retryReason(write, exchange(500, { Code: 'InternalError' }))).toBeUndefined();
  });

  test('does not retry other errors or successes', () => {
    expect(retryReason(read, exchange(400, { Code: 'InvalidParameter' }))).toBeUndefined();
    expect(retryReason(read, exchange(200, { RequestId: 'r' }))).toBeUndefined();
  });

  test('retries a refused connection even for a write: nothing was sent', () => {
    expect(retryReason(write, fault('refused'))).toBe('connection refused');
  });

  test('retries a reset only when repeating is harmless', () => {
    expect(retryReason(read, fault('reset'))).toBe('connection reset');
    expect(retryReason(idempotentWrite, fault('reset'))).toBe('connection reset');
    expect(retryReason(write, fault('reset'))).toBeUndefined();
  });

  test('never retries timeouts, DNS or TLS failures', () => {
    for (const failure of ['timeout', 'dns', 'tls'] as const) {
      expect(retryReason(read, fault(failure))).toBeUndefined();
    }
  });
});

describe('parseRetryAfter and backoffDelay', () => {
  test('reads x-acs-retry-after as integer milliseconds, like the SDK', () => {
    expect(parseRetryAfter({ 'x-acs-retry-after': '1500' })).toBe(1500);
    expect(parseRetryAfter({ 'x-acs-retry-after': 'soon' })).toBeUndefined();
    expect(parseRetryAfter({})).toBeUndefined();
  });

  test('full jitter stays under the doubled, capped ceiling', () => {
    expect(backoffDelay(1, () => 0.999, 100, 1000)).toBe(99);
    expect(backoffDelay(3, () => 0.5, 100, 1000)).toBe(200);
    expect(backoffDelay(10, () => 0.5, 100, 1000)).toBe(500);
    expect(backoffDelay(2, () => 0, 100, 1000)).toBe(0);
  });
});

describe('isWriteAction', () => {
  test('treats Describe* as reads and everything else, unknown actions included, as writes', () => {
    expect(isWriteAction('DescribeKeyPairs')).toBe(false);
    expect(isWriteAction('ImportKeyPair')).toBe(true);
    expect(isWriteAction('DeleteKeyPairs')).toBe(true);
    expect(isWriteAction('FrobnicateKeyPair')).toBe(true);
  });
});

describe('retry interceptor', () => {
  const call: CallContext = {
    seq: 1,
    action: 'DescribeKeyPairs',
    params: {},
    write: false,
    idempotent: false,
    attempt: 1,
    signal: undefined,
  };

  function scripted(outcomes: Exchange[]): { handler: Handler; attempts: number[] } {
    const attempts: number[] = [];
    const handler: Handler = async (c) => {
      attempts.push(c.attempt);
      const next = outcomes.shift();
      if (next === undefined) throw new Error('script exhausted');
      return next;
    };
    return { handler, attempts };
  }

  test('stops at maxAttempts and returns the last throttled exchange', async () => {
    const { handler, attempts } = scripted([throttled, throttled, throttled]);
    const sleeps: number[] = [];
    const ex = await retry({ maxAttempts: 3, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) })(handler)(
      call,
    );
    expect(ex.response?.status).toBe(400);
    expect(attempts).toEqual([1, 2, 3]);
    expect(sleeps).toEqual([100, 200]);
  });

  test('caps a server-requested delay at maxRetryAfterMs', async () => {
    const { handler } = scripted([
      exchange(400, { Code: 'Throttling' }, { 'x-acs-retry-after': '999999' }),
      exchange(200, {}),
    ]);
    const sleeps: number[] = [];
    await retry({ maxRetryAfterMs: 5000, sleep: async (ms) => void sleeps.push(ms) })(handler)(call);
    expect(sleeps).toEqual([5000]);
  });

  test('returns the last fault once retries are spent', async () => {
    const { handler, attempts } = scripted([fault('refused'), fault('refused')]);
    const ex = await retry({ maxAttempts: 2, sleep: async () => {} })(handler)(call);
    expect(ex.error).toMatchObject({ code: 'KPC_TARGET_UNREACHABLE', failure: 'refused' });
    expect(attempts).toEqual([1, 2]);
  });

  test('reports each retry to onRetry with its reason', async () => {
    const { handler } = scripted([unavailable, exchange(200, {})]);
    const infos: string[] = [];
    await retry({ sleep: async () => {}, onRetry: (i) => void infos.push(`${i.attempt}:${i.reason}`) })(handler)(call);
    expect(infos).toEqual(['1:HTTP 503']);
  });

  test('an aborted wait ends retrying with the last outcome', async () => {
    const { handler, attempts } = scripted([throttled, exchange(200, {})]);
    const ex = await retry({ sleep: async () => Promise.reject(new Error('aborted')) })(handler)(call);
    expect(ex).toBe(throttled);
    expect(attempts).toEqual([1]);
  });
});
