import { describe, expect, test } from 'vitest';
import { commonSubsequence, contentWords, similarity } from './similarity.ts';

describe('similarity', () => {
  test('content words drop articles and modal verbs, stem plurals and read "begin" as "start"', () => {
    expect(contentWords('Must begin with an uppercase or lowercase English letters')).toEqual([
      'start',
      'uppercase',
      'lowercase',
      'english',
      'letter',
    ]);
  });

  test('is 1 for the same words, 0 for none shared, in between otherwise', () => {
    expect(similarity('The name must be unique.', 'the NAME must be unique')).toBe(1);
    expect(similarity('The key pair quota exceeds.', 'Specified signature is not matched.')).toBe(0);
    const s = similarity('must start with a letter or Chinese character', 'Must begin with an English letter.');
    expect(s).toBeGreaterThan(0.3);
    expect(s).toBeLessThan(1);
  });

  test('commonSubsequence pairs the longest common run of tokens', () => {
    expect(commonSubsequence(['a', 'b', 'c', 'd'], ['b', 'x', 'd'])).toEqual([
      [1, 0],
      [3, 2],
    ]);
  });
});
