import { describe, expect, test } from 'vitest';
import { parseVerifierResults } from './results.ts';

describe('parseVerifierResults', () => {
  test('reads a passing verification', () => {
    const r = parseVerifierResults(
      JSON.stringify({ result: true, errors: [], interactionResults: [{ description: 'a', result: 'OK' }] }),
    );
    expect(r).toEqual({ ok: true, interactions: [{ description: 'a', ok: true, reasons: [] }], errors: [] });
  });

  test("names the failed interaction and says why, from the verifier's long label", () => {
    const text = JSON.stringify({
      result: false,
      errors: [
        {
          interaction: 'Verifying a pact between c and p Given key pair k exists in cn-hangzhou - dup: rejects',
          mismatch: {
            type: 'mismatches',
            mismatches: [{ mismatch: 'expected 400 but was 200', type: 'StatusMismatch' }],
          },
        },
      ],
      interactionResults: [
        { description: 'dup: rejects', result: 'Error' },
        { description: 'other', result: 'OK' },
      ],
    });
    const r = parseVerifierResults(text);
    expect(r.ok).toBe(false);
    expect(r.interactions).toEqual([
      { description: 'dup: rejects', ok: false, reasons: ['expected 400 but was 200'] },
      { description: 'other', ok: true, reasons: [] },
    ]);
  });

  test('turns text that is not JSON into an error naming no interaction', () => {
    expect(parseVerifierResults('Pact core crashed')).toEqual({
      ok: false,
      interactions: [],
      errors: ['Pact core crashed'],
    });
  });
});
