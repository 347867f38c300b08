/**
 * Runs mutants in `jobs` worker processes (real parallelism: the suite's requests, the
 * emulator and signing are all JavaScript, one core each). Each worker takes the next
 * mutant when it is done with one; a worker that dies fails its mutant, not the run.
 */
import { fork } from 'node:child_process';
import { packagePath } from '../package-root.js';
const KPC = packagePath('bin', 'kpc.js');
/** An outcome for a mutant whose run broke. */
function broken(mutant, error) {
    return {
        mutant,
        area: 'name',
        description: '',
        rules: [],
        equivalent: false,
        exploreOnly: false,
        killedBy: [],
        killedElsewhere: [],
        inconclusive: [],
        signatures: {},
        cases: 0,
        durationMs: 0,
        error,
    };
}
/** Runs every mutant of `names` in `jobs` workers; `onOutcome` sees each as it finishes. Keeps the order of `names`. */
export async function runInWorkers(names, jobs, casesDir, options, onOutcome) {
    const outcomes = new Map();
    let next = 0;
    const record = (o) => {
        outcomes.set(o.mutant, o);
        onOutcome(o);
    };
    const worker = () => new Promise((resolve) => {
        const child = fork(KPC, ['selfcheck', '--worker'], {
            stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        let current;
        const give = () => {
            if (next >= names.length) {
                current = undefined;
                child.disconnect();
                return;
            }
            current = names[next++];
            const task = { type: 'run', mutant: current, casesDir, options };
            child.send(task);
        };
        child.on('message', (m) => {
            if (m.type === 'result')
                record(m.outcome);
            else if (m.type === 'failed')
                record(broken(m.mutant, m.message.split('\n')[0] ?? m.message));
            give();
        });
        child.on('exit', (code, signal) => {
            if (current !== undefined)
                record(broken(current, `the worker exited (${signal ?? code}) while running it`));
            resolve();
        });
    });
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, names.length)) }, worker));
    // A worker that died early leaves mutants nobody ran.
    for (const n of names)
        if (!outcomes.has(n))
            record(broken(n, 'no worker was left to run it'));
    return names.map((n) => outcomes.get(n));
}
