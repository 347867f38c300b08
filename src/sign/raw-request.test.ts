import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeRawRequest } from './raw-request.ts';

describe('decodeRawRequest: a parameter name given twice', () => {
  const name = fc.constantFrom('a', 'b', 'c', 'd', 'RegionId', '__proto__');
  const pairs = (max: number) => fc.array(fc.tuple(name, fc.constantFrom('1', '2')), { maxLength: max });
  const text = (p: Array<[string, string]>) => p.map(([k, v]) => `${k}=${v}`).join('&');

  test('names the first name seen a second time, query first, then the form body', () => {
    fc.assert(
      fc.property(pairs(20), pairs(4), fc.boolean(), (query, form, asForm) => {
        const headers = asForm ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
        const body = new TextEncoder().encode(text(form));
        const r = decodeRawRequest({ method: 'POST', url: `/?${text(query)}`, headers, body });
        const seen = new Set<string>();
        const repeated = [...query, ...(asForm ? form : [])].find(([k]) => seen.has(k) || (seen.add(k), false));
        if (repeated === undefined) expect(r.ok).toBe(true);
        else expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`"${repeated[0]}" is not valid`) });
      }),
      { numRuns: 3000 },
    );
  });
});
