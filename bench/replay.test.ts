import { describe, expect, test } from 'vitest';
import { longestImportRun, phases, span, type Recorded } from './replay.ts';

const rec = (action: string, start: number, end: number, label = 'case'): Recorded => ({
  label,
  start,
  end,
  action,
  attempts: 1,
  answer: 'accepted',
  status: 200,
  request: { method: 'POST', url: 'http://127.0.0.1:1/', headers: {}, body: '' },
});

describe('longestImportRun and span', () => {
  test('find the quota fill as the longest run of imports, and its wall span', () => {
    const recs = [
      rec('ImportKeyPair', 0, 5),
      rec('DescribeKeyPairs', 5, 6),
      rec('ImportKeyPair', 6, 9),
      rec('ImportKeyPair', 7, 12),
      rec('ImportKeyPair', 8, 10),
      rec('DeleteKeyPairs', 12, 13),
    ];
    const fill = longestImportRun(recs);
    expect(fill).toEqual([2, 3, 4]);
    expect(span(recs, fill)).toBe(6);
    expect(span(recs, [])).toBe(0);
  });
});

describe('phases', () => {
  test('cut the recording where the phase changes, keeping the order within each', () => {
    const labels = ['preflight', 'a', 'b', 'a', 'quota', 'quota', 'teardown'];
    const recs = labels.map((l, i) => rec('DescribeKeyPairs', i, i + 1, l));
    const phaseOf = (r: Recorded): string => (['a', 'b'].includes(r.label) ? 'shared' : r.label);
    expect(phases(recs, phaseOf)).toEqual([[0], [1, 2, 3], [4, 5], [6]]);
    expect(phases(recs, () => '')).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });
});
