/**
 * The arithmetic of the bench, kept pure: medians, ratios and how a ratio meets its goal.
 * Every figure the bench reports is a ratio of two things measured side by side in the
 * same iteration; the median of the per-iteration ratios is the figure.
 */

/** A goal for a ratio: at most or at least a bound. */
export interface Goal {
  op: '<=' | '>=';
  bound: number;
}

/** One reported figure: the median ratio, each iteration's ratio, and its goal (if it has one). */
export interface Figure {
  id: string;
  title: string;
  /** What the ratio divides, e.g. "kpc run wall ÷ undici replay wall". */
  ratioOf: string;
  ratio: number;
  runs: number[];
  goal: Goal | undefined;
  met: boolean | undefined;
  /** Side values (medians) worth printing beside the ratio, e.g. { 'kpc run ms': 8123 }. */
  detail: Record<string, number | string>;
  /** 'ratio' (default) prints `1.23×`; 'count' prints a plain number (cases lost). */
  unit?: 'ratio' | 'count';
  /** How runs combine: the median (default), or the worst run, for a goal no run may miss. */
  aggregate?: 'median' | 'max';
  note?: string;
}

/** The median of a non-empty list (mean of the middle two for an even length). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of an empty list');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** True when `ratio` satisfies `goal` (no goal: undefined). */
export function meets(ratio: number, goal: Goal | undefined): boolean | undefined {
  if (goal === undefined) return undefined;
  return goal.op === '<=' ? ratio <= goal.bound : ratio >= goal.bound;
}

/** Builds a figure from per-iteration values: their median (or worst), and whether it meets the goal. */
export function figure(f: Omit<Figure, 'ratio' | 'met'>): Figure {
  const ratio = f.aggregate === 'max' ? Math.max(...f.runs) : median(f.runs);
  return { ...f, ratio, met: meets(ratio, f.goal) };
}

/** `≤ 1.3×` / `≥ 0.5×` / `—` (`= 0` for counts). */
export function formatGoal(goal: Goal | undefined, unit: Figure['unit'] = 'ratio'): string {
  if (goal === undefined) return '—';
  if (unit === 'count')
    return goal.op === '<=' && goal.bound === 0 ? '= 0' : `${goal.op === '<=' ? '≤' : '≥'} ${goal.bound}`;
  return `${goal.op === '<=' ? '≤' : '≥'} ${goal.bound}×`;
}

/** A ratio with two decimals and a times sign; a count as a whole number. */
export function formatRatio(r: number, unit: Figure['unit'] = 'ratio'): string {
  if (!Number.isFinite(r)) return String(r);
  return unit === 'count' ? String(Math.round(r)) : `${r.toFixed(2)}×`;
}

/** The median of each named series: `{ a: [1, 3, 2] }` → `{ a: 2 }`, rounded to `digits`. */
export function medians(series: Record<string, readonly number[]>, digits = 1): Record<string, number> {
  const out: Record<string, number> = {};
  const k = 10 ** digits;
  for (const [name, xs] of Object.entries(series)) out[name] = Math.round(median(xs) * k) / k;
  return out;
}
