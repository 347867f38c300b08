import { describe, expect, test } from 'vitest';
import { figure, formatGoal, formatRatio, median, meets } from './stats.ts';

describe('median', () => {
  test('takes the middle value of an odd list, whatever its order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  test('averages the middle two of an even list', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('goals', () => {
  test('an at-most goal is met at the bound and missed above it', () => {
    expect(meets(1.3, { op: '<=', bound: 1.3 })).toBe(true);
    expect(meets(1.31, { op: '<=', bound: 1.3 })).toBe(false);
  });

  test('an at-least goal is missed below its bound; no goal is neither met nor missed', () => {
    expect(meets(0.49, { op: '>=', bound: 0.5 })).toBe(false);
    expect(meets(3, undefined)).toBeUndefined();
  });

  test('a figure is the median of its runs, or the worst run when asked', () => {
    const base = { id: 'x', title: 'x', ratioOf: 'x', goal: { op: '<=' as const, bound: 0 }, detail: {} };
    expect(figure({ ...base, runs: [0, 0, 2] })).toMatchObject({ ratio: 0, met: true });
    expect(figure({ ...base, runs: [0, 0, 2], aggregate: 'max' })).toMatchObject({ ratio: 2, met: false });
  });

  test('prints ratios and counts with their goals', () => {
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatRatio(2, 'count')).toBe('2');
    expect(formatGoal({ op: '>=', bound: 0.5 })).toBe('≥ 0.5×');
    expect(formatGoal({ op: '<=', bound: 0 }, 'count')).toBe('= 0');
  });
});
