import { describe, expect, test } from 'vitest';
import type { StepRecord } from '../src/engine/index.ts';
import { idealRounds, minimumCaseRequests, minimumTeardownRequests, stepShape, type CaseShape } from './ideal.ts';

const step = (extra: Partial<StepRecord>): StepRecord => ({
  request: { action: 'ImportKeyPair', params: {} },
  response: undefined,
  expected: undefined,
  mismatches: [],
  durationMs: 1,
  ...extra,
});
const call = { kind: 'call' } as const;

describe('stepShape', () => {
  test('tells a plain call, concurrent calls and a region fill apart', () => {
    expect(stepShape(step({}))).toEqual({ kind: 'call' });
    expect(stepShape(step({ calls: 64, expected: { counts: {} } }))).toEqual({ kind: 'times', n: 64 });
    const fill = step({ request: { action: 'ImportKeyPair', params: { '(fill)': 'from 0 to 500' } }, calls: 502 });
    expect(stepShape({ ...fill, outcomes: { '200:': 499, '500:InternalError': 1 } })).toEqual({
      kind: 'fill',
      imports: 500,
    });
  });
});

describe('idealRounds', () => {
  test('divides the shared requests by the concurrency', () => {
    const cases: CaseShape[] = Array.from({ length: 16 }, (_, i) => ({ id: `c${i}`, exclusive: false, steps: [call] }));
    expect(idealRounds(cases, 8, { deletes: 0, checks: 0 })).toEqual({
      preflight: 1,
      shared: 2,
      exclusive: 0,
      teardown: 0,
      total: 3,
    });
  });

  test('never counts the shared phase shorter than its longest case, whose steps are sequential', () => {
    const cases: CaseShape[] = [
      { id: 'long', exclusive: false, steps: [call, call, call, call, call] },
      { id: 'short', exclusive: false, steps: [call] },
    ];
    expect(idealRounds(cases, 8, { deletes: 0, checks: 0 }).shared).toBe(5);
  });

  test('runs exclusive cases one after another, a fill in parallel rounds between its two counts', () => {
    const cases: CaseShape[] = [{ id: 'quota', exclusive: true, steps: [{ kind: 'fill', imports: 500 }, call] }];
    // a count + ceil(500 / 8) = 63 rounds of imports + a count + 1 call
    expect(idealRounds(cases, 8, { deletes: 6, checks: 2 })).toMatchObject({ exclusive: 66, teardown: 2, total: 69 });
  });
});

describe('minimum requests', () => {
  test('is one a step, n for n concurrent calls and the imports of a fill (its probe is overhead)', () => {
    expect(
      minimumCaseRequests({
        id: 'x',
        exclusive: false,
        steps: [call, { kind: 'times', n: 64 }, { kind: 'fill', imports: 500 }],
      }),
    ).toBe(565);
  });

  test('tears down in batches of 100 a region, then one listing a region and a look-up a short name', () => {
    expect(minimumTeardownRequests({ 'cn-hangzhou': 503, 'cn-shanghai': 3 }, 2)).toEqual({ deletes: 7, checks: 2 });
    expect(minimumTeardownRequests({ 'cn-hangzhou': 503 }, 1, 6)).toEqual({ deletes: 6, checks: 7 });
  });
});
