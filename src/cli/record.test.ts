import { describe, expect, test } from 'vitest';
import { caseResult, report } from '../report/fixtures.ts';
import { helpOf } from './command.ts';
import { asBaseline, RECORD } from './record.ts';

describe('kpc record', () => {
  test('asBaseline stamps recordedAt and keeps every field of the report', () => {
    const r = report([caseResult()]);
    const b = asBaseline(r, new Date('2026-03-01T00:00:00Z'));
    expect(b.recordedAt).toBe('2026-03-01T00:00:00.000Z');
    expect({ ...b, recordedAt: undefined }).toEqual({ ...r, recordedAt: undefined });
    expect(Object.keys(b).slice(0, 3)).toEqual(['schemaVersion', 'tool', 'recordedAt']);
  });

  test('takes every kpc run option but --baseline, and lists --out first', () => {
    const help = helpOf(RECORD);
    expect(help).toContain('--out FILE');
    expect(help).toContain('--concurrency N');
    expect(help).not.toContain('--baseline');
  });
});
