import { describe, expect, test } from 'vitest';
import { adaptive, createWindow, nextLimit } from './adaptive.ts';
import { classify } from './answer.ts';
import type { Exchange } from './exchange.ts';

const isThrottled = (ex: Exchange): boolean => classify(ex).kind === 'throttled';
import type { CallContext, Handler } from './interceptors.ts';

function exchange(status: number, body: unknown, attempts = 1): Exchange {
  return {
    seq: 1,
    action: 'ImportKeyPair',
    params: {},
    request: { method: 'POST', url: 'http://127.0.0.1/', headers: {}, body: '' },
    response: { status, headers: {}, text: JSON.stringify(body), body },
    error: undefined,
    startedAt: '2024-01-01T00:00:00.000Z',
    durationMs: 1,
    attempts,
  };
}

const throttled = (attempt = 1) => exchange(400, { Code: 'Throttling.User' }, attempt);
const ok = (attempt = 1) => exchange(200, { RequestId: 'r' }, attempt);
const call: CallContext = {
  seq: 1,
  action: 'ImportKeyPair',
  params: {},
  write: true,
  idempotent: false,
  attempt: 1,
  signal: undefined,
};
const bounds = { min: 1, max: 8, decrease: 0.5 };
const noWait = { sleep: async () => {}, random: () => 0 };

/** A handler whose answers are released by the test, so in-flight counts can be observed. */
function gated(): { handler: Handler; pending: Array<(ex: Exchange) => void> } {
  const pending: Array<(ex: Exchange) => void> = [];
  return { handler: () => new Promise<Exchange>((resolve) => pending.push(resolve)), pending };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('nextLimit', () => {
  test('halves on throttling and grows by one per window of answers otherwise', () => {
    expect(nextLimit(8, true, bounds)).toBe(4);
    expect(nextLimit(4, false, bounds)).toBe(4.25);
    expect(nextLimit(1, false, bounds)).toBe(2);
  });

  test('stays within its floor and ceiling', () => {
    expect(nextLimit(1, true, bounds)).toBe(1);
    expect(nextLimit(8, false, bounds)).toBe(8);
  });
});

describe('a throttled answer', () => {
  test('recognises every Throttling code and nothing else', () => {
    expect(isThrottled(throttled())).toBe(true);
    expect(isThrottled(exchange(403, { Code: 'Throttling' }))).toBe(true);
    // As the official SDK: any Code containing Throttling, wherever it stands.
    expect(isThrottled(exchange(400, { Code: 'Request.Throttling' }))).toBe(true);
    expect(isThrottled(exchange(400, { Code: 'InvalidParameter' }))).toBe(false);
    expect(isThrottled(ok())).toBe(false);
  });
});

describe('createWindow', () => {
  test('cuts once for answers to requests sent in the same window', async () => {
    const w = createWindow(bounds);
    const a = await w.acquire();
    const b = await w.acquire();
    w.release(a, true);
    w.release(b, true); // sent before the cut: no second cut
    expect(w.limit).toBe(4);
  });

  test('queues beyond the window and lets a waiter in when a permit returns', async () => {
    const w = createWindow({ min: 1, max: 2, decrease: 0.5 });
    const e1 = await w.acquire();
    await w.acquire();
    let third = false;
    void w.acquire().then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    w.release(e1, false);
    await tick();
    expect(third).toBe(true);
    expect(w.inFlight).toBe(2);
  });
});

describe('adaptive', () => {
  test('re-queues a throttled write until it gets through', async () => {
    const answers = [throttled(), throttled(), ok()];
    const seen: number[] = [];
    const handler = adaptive(noWait)(async (c) => {
      seen.push(c.attempt);
      return answers.shift()!;
    });
    const ex = await handler(call);
    expect(ex.response?.status).toBe(200);
    expect(seen).toEqual([1, 2, 3]);
  });

  test('gives the throttled answer back after maxAttempts', async () => {
    let n = 0;
    const handler = adaptive({ ...noWait, maxAttempts: 3 })(async () => {
      n++;
      return throttled();
    });
    expect(isThrottled(await handler(call))).toBe(true);
    expect(n).toBe(3);
  });

  test('does not repeat answers that are not throttling', async () => {
    let n = 0;
    const handler = adaptive(noWait)(async () => {
      n++;
      return exchange(400, { Code: 'InvalidKeyPairName.Malformed' });
    });
    await handler(call);
    expect(n).toBe(1);
  });

  test('lowers the requests in flight after throttling, then recovers', async () => {
    const limits: number[] = [];
    const g = gated();
    const handler = adaptive({ ...noWait, max: 4, decrease: 0.5, onLimit: (l) => limits.push(l) })(g.handler);
    const calls = Array.from({ length: 4 }, () => handler(call));
    await tick();
    expect(g.pending.length).toBe(4);
    g.pending.shift()!(throttled()); // window 4 → 2; the throttled call queues again
    await tick();
    await tick();
    expect(limits).toEqual([2]);
    for (const answer of g.pending.splice(0)) answer(ok());
    await tick();
    await tick();
    // three answered: window grows back to 2 + 1/2 + 1/2.5 …; the re-queued call is now in flight
    expect(g.pending.length).toBe(1);
    g.pending.shift()!(ok());
    await Promise.all(calls);
    expect(limits.at(-1)!).toBeGreaterThan(2);
  });
});
