/**
 * A self-check worker process (`kpc selfcheck --worker`, forked by the parent): loads the
 * cases once, makes a key cache shared by its runs, then runs the mutants it is sent, one at a time,
 * and answers each with its outcome. It exits when the parent disconnects.
 */
import { KpcError } from '../errors.js';
import { loadCases } from '../cases/load.js';
import { createKeyCache } from './key-cache.js';
import { runMutant } from './run-mutant.js';
/** Serves tasks until the parent disconnects; resolves to the exit code. */
export async function runWorker() {
    if (!process.send)
        throw new KpcError('KPC_USAGE', '--worker is for the worker processes kpc selfcheck starts, not for use by hand');
    const keys = createKeyCache();
    const loaded = new Map();
    const reply = (m) => process.send?.(m);
    process.on('message', (m) => {
        void (async () => {
            try {
                const cases = loaded.get(m.casesDir) ?? loadCases(m.casesDir);
                loaded.set(m.casesDir, cases);
                keys.reset();
                reply({
                    type: 'result',
                    outcome: await runMutant(m.mutant, cases, { ...m.options, keys: (spec) => keys.factory(spec) }),
                });
            }
            catch (e) {
                reply({ type: 'failed', mutant: m.mutant, message: e.stack ?? String(e) });
            }
        })();
    });
    reply({ type: 'ready' });
    await new Promise((resolve) => process.once('disconnect', resolve));
    return 0;
}
