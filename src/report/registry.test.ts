import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { createReporters, DEFAULT_REPORTERS, REPORTER_NAMES } from './registry.ts';

describe('reporters by name', () => {
  test('the default set writes every report format and shows progress', () => {
    expect(createReporters(undefined).map((r) => r.name)).toEqual(['json', 'md', 'junit', 'html', 'progress']);
    expect(DEFAULT_REPORTERS.every((n) => REPORTER_NAMES.includes(n))).toBe(true);
  });

  test('named reporters come after json, which is always written; commas work too', () => {
    expect(createReporters(['html']).map((r) => r.name)).toEqual(['json', 'html']);
    expect(createReporters(['junit,md', 'json']).map((r) => r.name)).toEqual(['json', 'junit', 'md']);
  });

  test('an unknown name is a usage error listing the known ones', () => {
    try {
      createReporters(['pdf']);
      expect.unreachable();
    } catch (e) {
      expect(isKpcError(e, 'KPC_USAGE')).toBe(true);
      expect((e as Error).message).toBe(
        '--reporter pdf: unknown reporter (known: json, md, junit, html, progress, exchanges)',
      );
    }
  });
});
