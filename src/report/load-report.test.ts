import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { report } from './fixtures.ts';
import { readReportFile, reportProblem } from './load-report.ts';

describe('reading a report a user names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-load-'));

  test('reads a report file, or report.json inside a directory', () => {
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report([])));
    expect(readReportFile(dir).schemaVersion).toBe(1);
    expect(readReportFile(join(dir, 'report.json')).run.token).toBe('kpctoken0001');
  });

  test.for([
    ['missing.json', null, 'no such file'],
    ['broken.json', '{"schemaVersion":', 'is not JSON'],
    ['other.json', '{"name":"package"}', 'is not a kpc report.json: it has no "schemaVersion": 1'],
  ] as const)('%s is a usage error naming the file', ([file, text, message]) => {
    if (text !== null) writeFileSync(join(dir, file), text);
    expect(() => readReportFile(join(dir, file))).toThrow(`${join(dir, file)}`);
    expect(() => readReportFile(join(dir, file))).toThrow(message);
  });

  test('reportProblem names what is missing', () => {
    expect(reportProblem([])).toBe('it is not a JSON object');
    expect(reportProblem({ schemaVersion: 1, summary: {} })).toBe('it has no "cases" list');
    expect(reportProblem({ ...report([]), cases: [{ id: 'x' }] })).toBe('its case #1 has no "id" or "steps"');
    expect(reportProblem(report([]))).toBeUndefined();
  });
});
