/**
 * A self-check worker process (`kpc selfcheck --worker`, forked by the parent): loads the
 * cases once, makes a key cache shared by its runs, then runs the mutants it is sent, one at a time,
 * and answers each with its outcome. It exits when the parent disconnects.
 */
import { KpcError } from '../errors.ts';
import { loadCases, type LoadedCase } from '../cases/load.ts';
import { createKeyCache } from './key-cache.ts';
import { runMutant, type MutantRunOptions } from './run-mutant.ts';
import type { MutantOutcome } from './types.ts';

/** Parent → worker. */
export type ToWorker = { type: 'run'; mutant: string; casesDir: string; options: MutantRunOptions };
/** Worker → parent. */
export type FromWorker =
  { type: 'ready' } | { type: 'result'; outcome: MutantOutcome } | { type: 'failed'; mutant: string; message: string };

/** Serves tasks until the parent disconnects; resolves to the exit code. */
export async function runWorker(): Promise<number> {
  if (!process.send)
    throw new KpcError('KPC_USAGE', '--worker is for the worker processes kpc selfcheck starts, not for use by hand');
  const keys = createKeyCache();
  const loaded = new Map<string, LoadedCase[]>();
  const reply = (m: FromWorker) => process.send?.(m);
  process.on('message', (m: ToWorker) => {
    void (async () => {
      try {
        const cases = loaded.get(m.casesDir) ?? loadCases(m.casesDir);
        loaded.set(m.casesDir, cases);
        keys.reset();
        reply({
          type: 'result',
          outcome: await runMutant(m.mutant, cases, { ...m.options, keys: (spec) => keys.factory(spec) }),
        });
      } catch (e) {
        reply({ type: 'failed', mutant: m.mutant, message: (e as Error).stack ?? String(e) });
      }
    })();
  });
  reply({ type: 'ready' });
  await new Promise<void>((resolve) => process.once('disconnect', resolve));
  return 0;
}
