import { describe, expect, test } from 'vitest';
import { caseResult, report } from '../report/fixtures.ts';
import { asBaseline, splitOut } from './record-command.ts';

describe('kpc record', () => {
  test('splitOut takes --out FILE or --out=FILE and leaves the run options', () => {
    expect(splitOut(['--target', 'http://x', '--out', 'vendor/r.json', '--only', 'a*'])).toEqual({
      out: 'vendor/r.json',
      rest: ['--target', 'http://x', '--only', 'a*'],
    });
    expect(splitOut(['--out=b.json'])).toEqual({ out: 'b.json', rest: [] });
    expect(splitOut(['--region', 'cn-beijing'])).toEqual({ out: undefined, rest: ['--region', 'cn-beijing'] });
  });

  test('--out without a file is a usage error', () => {
    expect(() => splitOut(['--out'])).toThrow('--out needs a file');
    expect(() => splitOut(['--out', '--region'])).toThrow('--out needs a file');
  });

  test('asBaseline stamps recordedAt and keeps every field of the report', () => {
    const r = report([caseResult()]);
    const b = asBaseline(r, new Date('2026-03-01T00:00:00Z'));
    expect(b.recordedAt).toBe('2026-03-01T00:00:00.000Z');
    expect({ ...b, recordedAt: undefined }).toEqual({ ...r, recordedAt: undefined });
    expect(Object.keys(b).slice(0, 3)).toEqual(['schemaVersion', 'tool', 'recordedAt']);
  });
});
