import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/report/types.ts';
import { runKpc } from './emulator-process.ts';

// The worked example of docs/cases.md runs as the guide says, and passes.

describe('the worked example of the case-format guide', () => {
  test('kpc run --cases examples/cases runs both cases, conformant, leaving nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpc-example-'));
    const cases = resolve(import.meta.dirname, '../../examples/cases');
    const out = await runKpc(['run', '--cases', cases, '--report-dir', dir], { CI: 'true' });
    expect(out.code, out.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.cases.map((c) => [c.id, c.status])).toEqual([
      ['example/persistence/tags-listed', 'passed'],
      ['example/duplicate-name/refused', 'passed'],
    ]);
    expect(report.resources.leaked).toEqual([]);
  }, 60_000);
});
