/**
 * One mutant, judged: a fresh emulator that behaves as the mutant, and one engine run
 * against it: the whole suite, with exploration as its interlude for explore-only and
 * equivalent mutants (and the reference). The emulator is thrown away afterwards, so there
 * is no teardown. Each case's answers are kept normalised, so the parent can show the
 * mutant live against the reference.
 */
import { FAITHFUL } from '../../emulator/core/behaviour.js';
import { findMutant, startMutantEmulator } from '../../emulator/mutants/index.js';
import { createClient, DUMMY_CREDENTIALS, resolveTarget } from '../client/index.js';
import { Ledger, newRunToken, runEngine } from '../engine/index.js';
import { explorationInterlude } from '../explore/interlude.js';
import { normalizeCase } from '../report/normalize.js';
/** The reference emulator under the name the self-check gives its control run. */
export const REFERENCE = Object.freeze({
    name: 'faithful',
    area: 'name',
    description: 'the reference emulator (control run)',
    rules: [],
    equivalent: true,
    behaviour: FAITHFUL,
});
/** The regions and resource group a self-check run uses (the embedded emulator's defaults). */
export const SELFCHECK_TARGET = {
    region: 'cn-hangzhou',
    secondRegion: 'cn-shanghai',
    resourceGroup: 'rg-kpcselfcheck0001',
};
function detailOf(r) {
    if (r.status === 'inconclusive')
        return r.reason;
    const m = r.steps.flatMap((s) => s.mismatches)[0];
    return m === undefined
        ? undefined
        : `${m.path}: expected ${m.expected}, got ${JSON.stringify(m.actual)?.slice(0, 120)}`;
}
function kill(r) {
    const detail = detailOf(r);
    return { id: r.id, brokenRules: r.brokenRules, ...(detail !== undefined ? { detail } : {}) };
}
function explorationOf(r) {
    const properties = r.properties.map((p) => {
        const f = p.finding;
        const found = f ? { rules: f.rules, counterexample: f.counterexample, expected: f.expected, actual: f.actual } : {};
        return { property: p.property, status: p.status, ...found };
    });
    return { seed: r.seed, runs: r.runs, caught: r.properties.some((p) => p.status === 'failed'), properties };
}
/** The outcome of a run of `cases` against `mutant`, from the engine's results. */
function outcomeOf(mutant, cases, results, run) {
    const { token, host } = run;
    const ids = new Set(cases.map((c) => c.id));
    const own = results.filter((r) => ids.has(r.id));
    const failed = own.filter((r) => r.status === 'failed');
    const named = (r) => r.brokenRules.some((b) => mutant.rules.includes(b));
    const inconclusive = own
        .filter((r) => r.status === 'inconclusive')
        .map((r) => ({ id: r.id, ...(r.reason ? { detail: r.reason } : {}) }));
    const signatures = Object.fromEntries(own.map((r) => [r.id, JSON.stringify(normalizeCase(r, [token], host).steps)]));
    const { name, area, description, equivalent } = mutant;
    return {
        mutant: name,
        area,
        description,
        rules: [...mutant.rules],
        equivalent,
        exploreOnly: mutant.exploreOnly === true,
        killedBy: failed.filter(named).map(kill),
        killedElsewhere: failed.filter((r) => !named(r)).map(kill),
        inconclusive,
        cases: own.length,
        durationMs: 0,
        signatures,
    };
}
/** Runs the suite (and exploration where it is due) against the mutant `name`. */
export async function runMutant(name, cases, o) {
    const mutant = name === REFERENCE.name ? REFERENCE : findMutant(name);
    if (mutant === undefined)
        throw new Error(`unknown mutant ${name}`);
    const started = performance.now();
    const { region, secondRegion, resourceGroup } = SELFCHECK_TARGET;
    const auth = { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret };
    const emu = await startMutantEmulator(mutant, { accessKeys: auth, resourceGroups: [resourceGroup] });
    // Dummy credentials always: a self-check never sends the user's real ones to a mutant.
    const target = resolveTarget({ url: emu.url, region });
    const client = createClient({ target, credentials: DUMMY_CREDENTIALS, connections: Math.max(o.concurrency, 8) });
    let explored;
    const budget = (mutant.exploreOnly || mutant.equivalent) && o.explore;
    const interlude = budget
        ? explorationInterlude({ ...budget, write: false }, () => { }, (r) => (explored = r))
        : undefined;
    try {
        const run = await runEngine(cases, {
            client,
            ledger: new Ledger(undefined, newRunToken()),
            region,
            secondRegion,
            resourceGroup,
            capabilities: ['resource-group', 'second-region', 'quota-test'],
            concurrency: o.concurrency,
            target: emu.url,
            teardown: false,
            ...(o.keys ? { keys: o.keys } : {}),
            ...(interlude ? { interlude } : {}),
        });
        const outcome = outcomeOf(mutant, cases, run.results, { token: run.token, host: target.host });
        if (explored)
            outcome.exploration = explorationOf(explored);
        outcome.durationMs = performance.now() - started;
        return outcome;
    }
    finally {
        await client.close();
        await emu.close();
    }
}
