import { runCase } from './case.js';
import { fanOut } from './events.js';
import { malformedSources, needsSlowKeys, prefetchingKeyFactory, slowKeyDemand } from './key-pool.js';
import { mapLimit } from './pool.js';
import { unrun } from './result.js';
import { Session } from './session.js';
import { teardown as tearDown } from './teardown.js';
/** Default re-runs of a case after an infrastructure fault. */
export const DEFAULT_CASE_RETRIES = 2;
/** Round trips a case needs at least: its steps in order, a step of n calls as n ÷ 8 of them. */
function depth(c) {
    return c.steps.reduce((n, s) => n + ('times' in s && s.times ? Math.ceil(s.times / 8) : 1), 0);
}
/**
 * The order shared cases start in; results keep the order of the case files. The longest
 * cases start first, so no long one is left for the end alone; cases waiting for slow keys
 * start last, so none holds a slot while its keys are made.
 */
function schedule(shared) {
    const byDepth = [...shared].sort((a, b) => depth(b) - depth(a));
    return [...byDepth.filter((c) => !needsSlowKeys(c)), ...byDepth.filter(needsSlowKeys)];
}
/** Runs `cases` and tears down; resolves when everything is over, whatever the target did. */
export async function runEngine(cases, o) {
    const emit = fanOut(o.listeners ?? [], o.onListenerError);
    // Slow keys are made ahead, but only once the preflight passed: a refused target costs no key.
    let made = o.keys;
    const prefetch = () => (made ??= prefetchingKeyFactory(slowKeyDemand(cases)));
    const keys = (spec) => prefetch()(spec);
    const session = new Session({ ...o, keys, emit });
    const caseOptions = {
        concurrency: o.concurrency ?? 8,
        caseRetries: o.caseRetries ?? DEFAULT_CASE_RETRIES,
    };
    const byId = new Map();
    const runOne = async (c) => {
        const r = o.signal?.aborted
            ? unrun(c, 'inconclusive', 'did not run (the run was interrupted)')
            : await runCase(c, session, caseOptions);
        byId.set(c.id, r);
        await emit({ type: 'case-end', result: r });
    };
    await o.before?.(session);
    prefetch();
    for (const id of malformedSources(cases))
        void session.malformedSource(id).catch(() => undefined);
    await emit({ type: 'run-start', cases, token: session.token, target: o.target });
    await mapLimit(schedule(cases.filter((c) => !c.exclusive)), caseOptions.concurrency, runOne);
    const extra = o.interlude && !o.signal?.aborted ? await o.interlude(session) : [];
    for (const r of extra)
        await emit({ type: 'case-end', result: r });
    await mapLimit(cases.filter((c) => c.exclusive), 1, runOne);
    let td;
    if (o.teardown !== false) {
        td = await tearDown(session, o.teardown ?? {});
        await emit({ type: 'teardown', result: td });
    }
    const results = [...cases.map((c) => byId.get(c.id)), ...extra];
    const interrupted = o.signal?.aborted ?? false;
    await emit({ type: 'run-end', results, teardown: td, interrupted });
    return { token: session.token, results, teardown: td, interrupted };
}
