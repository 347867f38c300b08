/**
 * A conformance run, end to end, as `kpc run`, `kpc record` and the vitest adapter do it:
 * the selected cases, the target (the embedded emulator unless one is named), the signed
 * client, the ledger in the report folder, the preflight, the engine, and the report built
 * from what the engine returns. Nothing is printed here; listeners and the caller decide.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCases } from '../cases/load.js';
import { selectCases } from '../cases/select.js';
import { selectChecks } from '../checks/checks.js';
import { Ledger, liveRecords, newRunToken, readLedger, runEngine, } from '../engine/index.js';
import { KpcError } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { buildReport } from '../report/build.js';
import { defaultSpec } from '../spec/load.js';
import { preflight } from './preflight.js';
import { openTarget, runClient } from './target.js';
/** The cases a run selects; a selection that matches nothing is a usage error saying so. */
export function loadSelection(config) {
    const all = loadCases(config.casesDir);
    const selected = selectCases(all, { only: config.only, shard: config.shard });
    if (selected.length > 0)
        return selected;
    const what = [config.only && `--only ${config.only}`, config.shard && `--shard ${shardText(config)}`].filter(Boolean);
    const why = all.length === 0 ? 'there are no cases' : `${what.join(' and ')} selects none of the ${all.length} cases`;
    throw new KpcError('KPC_USAGE', `no case to run: ${why} in ${config.casesDir}`);
}
function shardText(config) {
    return config.shard && `${config.shard.index}/${config.shard.count}`;
}
/** Makes the report folder, or says in one line why it cannot be used. */
export function prepareReportDir(dir) {
    try {
        if (statSync(dir, { throwIfNoEntry: false })?.isFile())
            throw new Error('it is a file');
        mkdirSync(dir, { recursive: true });
        accessSync(dir, constants.W_OK);
    }
    catch (e) {
        const why = e.code ?? e.message;
        throw new KpcError('KPC_USAGE', `--report-dir ${dir}: cannot write reports there (${why})`);
    }
}
function capabilitiesOf(config, target) {
    const out = [];
    if (target.resourceGroup !== undefined)
        out.push('resource-group');
    if (config.secondRegion !== undefined)
        out.push('second-region');
    if (config.quotaTest ?? target.loopback)
        out.push('quota-test');
    return out;
}
function reportOf(config, o, run) {
    const { target, engine } = run;
    return buildReport({
        spec: defaultSpec(),
        tool: { name: 'keypair-conformance', version: packageVersion() },
        target: { url: target.url, region: config.region, secondRegion: config.secondRegion, embedded: target.embedded },
        run: {
            token: engine.token,
            signature: config.signature,
            concurrency: config.concurrency,
            shard: shardText(config),
            only: config.only,
            ...(o.seed !== undefined ? { seed: o.seed } : {}),
        },
        startedAt: run.startedAt,
        finishedAt: new Date(),
        cases: run.cases,
        results: engine.results,
        teardown: engine.teardown,
    });
}
/** Runs the selected cases against the configured target and builds the report. */
export async function runConformance(config, o = {}) {
    const cases = loadSelection(config);
    prepareReportDir(config.reportDir);
    const ledgerPath = join(config.reportDir, 'ledger.jsonl');
    const earlier = liveRecords(readLedger(ledgerPath));
    if (earlier.length > 0)
        o.onNote?.(`${earlier.length} key pair(s) from earlier runs may remain (see ${ledgerPath}); \`kpc sweep\` removes them`);
    const target = await openTarget(config, o.env);
    const client = runClient(config, target);
    try {
        const startedAt = new Date();
        const engine = await runEngine(cases, {
            client,
            ledger: new Ledger(ledgerPath, newRunToken()),
            region: config.region,
            secondRegion: config.secondRegion,
            resourceGroup: target.resourceGroup,
            capabilities: capabilitiesOf(config, target),
            checks: selectChecks(config.checks),
            concurrency: config.concurrency,
            caseRetries: config.caseRetries,
            target: target.url,
            before: preflight,
            ...(o.keys ? { keys: o.keys } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
            ...(o.interlude ? { interlude: o.interlude } : {}),
            ...(o.listeners ? { listeners: o.listeners } : {}),
            ...(o.onListenerError ? { onListenerError: o.onListenerError } : {}),
        });
        return { report: reportOf(config, o, { cases, target, engine, startedAt }), engine, cases, ledgerPath };
    }
    finally {
        await client.close();
        await target.close();
    }
}
