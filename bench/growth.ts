/**
 * Figure 6, growth: `kpc run --cases DIR` (embedded emulator, as a user runs it) on the
 * generated cases copied ×1, ×2 and ×4 (ids suffixed so they stay unique), timing each run
 * and sampling the peak memory of its process tree. Linear or better means each doubling
 * of the cases at most doubles the wall time and the memory.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SUITES_DIR } from '../src/cases/load.ts';
import { cleanRun, kpcRun, tempDir } from './kpc.ts';
import { figure, median, type Figure } from './stats.ts';

export const FACTORS = [1, 2, 4] as const;

/** Case-file text with every case id suffixed (`- id: x` → `- id: x/copy-2`). */
export function suffixIds(text: string, suffix: string): string {
  return text.replace(/^([ \t]*- id: )(\S+)[ \t]*$/gm, `$1$2${suffix}`);
}

/** A folder holding `factor` copies of the shipped generated case files. */
export function buildCaseDir(factor: number): string {
  const dir = tempDir(`cases-x${factor}`);
  const src = join(DEFAULT_SUITES_DIR, 'generated');
  for (let copy = 1; copy <= factor; copy++) {
    const out = join(dir, `copy-${copy}`);
    mkdirSync(out);
    for (const f of readdirSync(src).filter((x) => x.endsWith('.yaml'))) {
      const text = readFileSync(join(src, f), 'utf8');
      writeFileSync(join(out, f), copy === 1 ? text : suffixIds(text, `/copy-${copy}`));
    }
  }
  return dir;
}

interface Point {
  cases: number;
  wallMs: number;
  rssKb: number;
}

/** Measures growth `runs` times (each run: ×1, ×2, ×4); quick mode stops at ×2. */
export async function measureGrowth(runs: number, quick: boolean, log: (s: string) => void): Promise<Figure[]> {
  const factors = quick ? FACTORS.slice(0, 2) : FACTORS;
  const dirs = factors.map(buildCaseDir);
  const series: Point[][] = factors.map(() => []);
  try {
    for (let i = 0; i < runs; i++) {
      for (const [k, dir] of dirs.entries()) {
        const run = await kpcRun({ flags: ['--cases', dir], sampleMemory: true });
        if (run.report.verdict !== 'conformant')
          throw new Error(`the ×${factors[k]} suite is not conformant (${run.report.verdictReason}); see ${run.dir}`);
        const p = {
          cases: run.report.summary.total,
          wallMs: run.timed.wallMs,
          rssKb: run.timed.peakRssKb ?? Number.NaN,
        };
        series[k]!.push(p);
        cleanRun(run);
        log(
          `  run ${i + 1}/${runs} ×${factors[k]}: ${p.cases} cases, ${Math.round(p.wallMs)} ms, ` +
            `peak ${Math.round(p.rssKb / 1024)} MiB`,
        );
      }
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  const med = series.map((s) => ({
    cases: s[0]!.cases,
    wallMs: median(s.map((p) => p.wallMs)),
    rssKb: median(s.map((p) => p.rssKb)),
  }));
  // Ratio per doubling, for each run; the figure is the worst doubling's median.
  const doublings = factors.slice(1).map((_, j) => j);
  const perDoubling = (f: (p: Point) => number): number[] =>
    Array.from({ length: runs }, (_, i) =>
      Math.max(...doublings.map((j) => f(series[j + 1]![i]!) / f(series[j]![i]!))),
    );
  const detail = (f: (p: { wallMs: number; rssKb: number }) => number, unit: string): Record<string, string> =>
    Object.fromEntries(med.map((p, k) => [`×${factors[k]} (${p.cases} cases)`, `${Math.round(f(p))} ${unit}`]));
  return [
    figure({
      id: 'growth-time',
      title: 'Growth: wall time per doubling',
      ratioOf: 'wall time at 2n cases ÷ at n (generated cases ×1, ×2, ×4; worst doubling)',
      runs: perDoubling((p) => p.wallMs),
      goal: { op: '<=', bound: 2 },
      detail: detail((p) => p.wallMs, 'ms'),
    }),
    figure({
      id: 'growth-memory',
      title: 'Growth: peak memory per doubling',
      ratioOf: 'peak RSS of the process tree at 2n cases ÷ at n (worst doubling)',
      runs: perDoubling((p) => p.rssKb),
      goal: { op: '<=', bound: 2 },
      detail: detail((p) => p.rssKb / 1024, 'MiB'),
    }),
  ];
}
