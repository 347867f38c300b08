import { describe, expect, test } from 'vitest';
import { caseResult } from './fixtures.ts';
import { eta, formatDuration, progressLine, progressReporter, tenthCrossed } from './progress.ts';

function fake(isTTY: boolean) {
  let out = '';
  let t = 0;
  return {
    stream: { isTTY, columns: 200, write: (s: string) => (out += s) },
    out: () => out,
    tick: (ms: number) => (t += ms),
    now: () => t,
  };
}

async function run(live: boolean, results: Array<'passed' | 'failed'>) {
  const f = fake(live);
  const r = progressReporter({ stream: f.stream, live, now: f.now });
  await r.onRunStart!({ cases: results.map(() => ({}) as never), reportDir: '/tmp', targetUrl: 'http://127.0.0.1:9' });
  for (const [i, s] of results.entries()) {
    f.tick(1000);
    await r.onCaseResult!(caseResult({ id: `c${i}`, status: s, brokenRules: s === 'failed' ? ['IKP-X'] : [] }));
  }
  await r.onRunEnd!({} as never, '/tmp');
  return f.out();
}

describe('progress', () => {
  test('on a terminal, redraws one line in place and prints failures above it', async () => {
    const out = await run(true, ['passed', 'failed', 'passed', 'passed']);
    expect(out).toContain('\r\x1b[2K1/4 cases · 0 failed · ETA 3s');
    expect(out).toContain('\r\x1b[2KFAIL c1 (IKP-X)\n');
    expect(out).toContain('2/4 cases · 1 failed · ETA 2s');
    expect(out.endsWith('4/4 cases · 1 failed · done in 4s\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(3);
  });

  test('in CI, prints plain lines: one per tenth and one per failure, no escape codes', async () => {
    const out = await run(
      false,
      Array.from({ length: 20 }, (_, i) => (i === 4 ? 'failed' : 'passed')),
    );
    const lines = out.trim().split('\n');
    expect(out).not.toContain('\x1b');
    expect(lines[0]).toBe('running 20 case(s) against http://127.0.0.1:9');
    expect(lines.filter((l) => /^\d+% /.test(l))).toHaveLength(10);
    expect(lines).toContain('FAIL c4 (IKP-X)');
    expect(lines.at(-1)).toBe('100% 20/20 cases · 1 failed · done in 20s');
  });

  test('helpers: ETA from the pace so far, durations, the tenth crossed', () => {
    expect(eta(0, 10, 5000)).toBeUndefined();
    expect(eta(5, 10, 5000)).toBe(5000);
    expect(formatDuration(65_000)).toBe('1m05s');
    expect(formatDuration(400)).toBe('<1s');
    expect(tenthCrossed(0, 1, 3)).toBe(3);
    expect(tenthCrossed(2, 3, 3)).toBe(10);
    expect(tenthCrossed(9, 10, 100)).toBe(1);
    expect(tenthCrossed(10, 11, 100)).toBeUndefined();
    expect(progressLine(0, 3, 0, 0)).toBe('0/3 cases · 0 failed · ETA …');
  });
});
