import { defaultSpec } from '../spec/load.js';
import { explore, exploreCaseResults } from './explore.js';
import { DEFAULT_FOUND_DIR } from './found-case.js';
/** One property's outcome as a line for the user. */
export function propertyLine(p) {
    const f = p.finding;
    if (f) {
        const written = f.file ? `; written to ${f.file}` : '';
        return `  ${p.property}: ${p.status}: expected ${f.expected}, got ${f.actual}; shrunk to ${f.counterexample}${written}`;
    }
    return `  ${p.property}: ${p.status}${p.reason ? ` (${p.reason})` : ''}`;
}
/** The interlude that explores on a run's session; `onResult` sees the whole exploration. */
export function explorationInterlude(request, log, onResult = () => { }) {
    return async (session) => {
        const { runs, seed } = request;
        log(`exploration: ${runs} runs per property, seed ${seed} (replay with --explore ${runs} --seed ${seed})`);
        const foundDir = request.write === false ? undefined : (request.foundDir ?? DEFAULT_FOUND_DIR);
        const result = await explore(session, defaultSpec(), { runs, seed, ...(foundDir ? { foundDir } : {}) });
        for (const p of result.properties)
            log(propertyLine(p));
        onResult(result);
        return exploreCaseResults(result);
    };
}
