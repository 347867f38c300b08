import type { MutantRunOptions } from './run-mutant.ts';
import type { MutantOutcome } from './types.ts';
/** Runs every mutant of `names` in `jobs` workers; `onOutcome` sees each as it finishes. Keeps the order of `names`. */
export declare function runInWorkers(names: readonly string[], jobs: number, casesDir: string, options: MutantRunOptions, onOutcome: (o: MutantOutcome) => void): Promise<MutantOutcome[]>;
