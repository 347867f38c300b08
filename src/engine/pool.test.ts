import { describe, expect, test } from 'vitest';
import { mapLimit, runPicking } from './pool.ts';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('mapLimit', () => {
  test('keeps input order with at most `limit` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapLimit([3, 1, 2, 5], 2, async (n) => {
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([30, 10, 20, 50]);
    expect(most).toBe(2);
  });
});

describe('runPicking', () => {
  test('a free slot passes over items not ready yet, and takes them once they are', async () => {
    let ready = false;
    const started: string[] = [];
    await runPicking(
      ['slow-a', 'quick-1', 'quick-2', 'slow-b'],
      1,
      (s) => ready || s.startsWith('quick'),
      async (s) => {
        started.push(s);
        if (s === 'quick-2') ready = true;
        await tick();
      },
    );
    expect(started).toEqual(['quick-1', 'quick-2', 'slow-a', 'slow-b']);
  });

  test('takes the first item when none is ready, and keeps at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    await runPicking(
      [1, 2, 3, 4, 5],
      2,
      () => false,
      async (n) => {
        started.push(n);
        most = Math.max(most, ++inFlight);
        await tick();
        inFlight--;
      },
    );
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});
