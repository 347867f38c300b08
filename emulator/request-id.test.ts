import { describe, expect, test } from 'vitest';
import { newRequestId } from './request-id.ts';

describe('newRequestId', () => {
  test('is an upper-case version 4 UUID, a new one every time (across many draws of random bytes)', () => {
    const ids = Array.from({ length: 3000 }, newRequestId);
    for (const id of ids) expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('uses every hex digit in every free position', () => {
    const ids = Array.from({ length: 3000 }, newRequestId);
    for (const i of [0, 7, 9, 15, 20, 35]) expect(new Set(ids.map((id) => id[i])).size).toBe(16);
  });
});
