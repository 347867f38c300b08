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

describe('decodeRawRequest: headers', () => {
  /** The headers as decoding first made them: every name lower-cased, values trimmed, repeats joined. */
  function reference(raw: Record<string, string | string[] | undefined>) {
    const headers: Record<string, string> = {};
    const repeatedHeaders: string[] = [];
    for (const name of Object.keys(raw)) {
      const value = raw[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      const earlier = headers[lower];
      if ((Array.isArray(value) && value.length > 1) || earlier !== undefined) repeatedHeaders.push(lower);
      const joined = typeof value === 'string' ? value.trim() : value.map((v) => v.trim()).join(',');
      headers[lower] = earlier === undefined ? joined : `${earlier},${joined}`;
    }
    return { headers, repeatedHeaders };
  }
  const name = fc.constantFrom(
    'host',
    'Host',
    'x-acs-date',
    'X-Acs-Date',
    '__proto__',
    'constructor',
    '1',
    'a b',
    ' c',
  );
  const value = fc.oneof(
    fc.constantFrom('v', ' v', 'v ', '', '\u00a0v', 'x\ty'),
    fc.array(fc.constantFrom('a', ' b'), { maxLength: 3 }),
    fc.constant(undefined),
  );

  test('are what lower-casing, trimming and joining each header gives, in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 8 }), (pairs) => {
        const raw: Record<string, string | string[] | undefined> = {};
        for (const [k, v] of pairs)
          Object.defineProperty(raw, k, { value: v, enumerable: true, writable: true, configurable: true });
        const r = decodeRawRequest({ method: 'GET', url: '/', headers: raw, body: new Uint8Array(0) });
        if (!r.ok) throw new Error(r.message);
        const expected = reference(raw);
        expect(Object.entries(r.request.headers)).toEqual(Object.entries(expected.headers));
        expect(Object.getPrototypeOf(r.request.headers)).toBe(Object.getPrototypeOf(expected.headers));
        expect(r.request.repeatedHeaders).toEqual(expected.repeatedHeaders);
      }),
      { numRuns: 3000 },
    );
  });
});
