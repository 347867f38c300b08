/**
 * Teardown that finishes. It looks at what the target lists of the run's key pairs (every
 * name the ledger holds, created or with an answer that was lost), deletes that in batches
 * of the API's maximum, lists again and deletes what remains, with backoff, until nothing of
 * the run is listed or the rounds run out. A delete is safe to repeat. What was deleted and
 * what leaked are counted from the listings, never from answers, so the leak list is
 * exactly what is still there. A target that refuses a whole batch (the document is silent
 * on names that do not exist) gets smaller batches, down to single names. Only names in the
 * ledger are ever deleted.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { groupBy, mapLimit } from './pool.js';
import { at } from './read.js';
const LABEL = 'teardown';
const PAGE = 50;
/** Lists the names of `candidates` (one region) that the target holds; undefined when it cannot tell. */
async function listed(w, region, names) {
    const found = new Set();
    const withToken = [...names].some((n) => n.includes(w.session.token));
    for (let page = 1; withToken; page++) {
        w.requests++;
        const params = {
            RegionId: region,
            KeyPairName: `*${w.session.token}*`,
            PageSize: String(PAGE),
            PageNumber: String(page),
        };
        const r = await w.session.call(LABEL, 'DescribeKeyPairs', params, { uninterruptible: true });
        const items = at(r.exchange.response?.body, 'KeyPairs.KeyPair');
        if (r.answer.kind !== 'accepted' || !Array.isArray(items))
            return undefined;
        for (const k of items)
            if (names.has(String(at(k, 'KeyPairName'))))
                found.add(String(at(k, 'KeyPairName')));
        if (items.length < PAGE)
            break;
    }
    for (const name of [...names].filter((n) => !n.includes(w.session.token))) {
        w.requests++;
        const params = { RegionId: region, KeyPairName: name, PageSize: String(PAGE) };
        const r = await w.session.call(LABEL, 'DescribeKeyPairs', params, { uninterruptible: true });
        const items = at(r.exchange.response?.body, 'KeyPairs.KeyPair');
        if (r.answer.kind !== 'accepted' || !Array.isArray(items))
            return undefined;
        if (items.some((k) => at(k, 'KeyPairName') === name))
            found.add(name);
    }
    return found;
}
/** Deletes `names` in one region; a refused batch is split until single names. Resolves the names answered deleted. */
async function remove(w, region, names) {
    if (names.length === 0)
        return [];
    w.requests++;
    const params = { RegionId: region, KeyPairNames: JSON.stringify(names) };
    const r = await w.session.call(LABEL, 'DeleteKeyPairs', params, { idempotent: true, uninterruptible: true });
    if (r.answer.kind === 'accepted')
        return [...names];
    if (r.answer.kind === 'refused' && names.length > 1) {
        const half = Math.ceil(names.length / 2);
        return [...(await remove(w, region, names.slice(0, half))), ...(await remove(w, region, names.slice(half)))];
    }
    return [];
}
async function tearRegion(w, region, names, o) {
    const listedAfterDelete = new Set();
    let left = await listed(w, region, names);
    const foundAtStart = new Set(left ?? []);
    const claimed = new Set();
    for (let round = 1; round <= o.rounds && (left === undefined || left.size > 0); round++) {
        for (const n of left ?? [])
            if (claimed.has(n))
                listedAfterDelete.add(n);
        const todo = [...(left ?? names)];
        const batches = Array.from({ length: Math.ceil(todo.length / o.batch) }, (_, i) => todo.slice(i * o.batch, (i + 1) * o.batch));
        for (const done of await mapLimit(batches, o.concurrency, (b) => remove(w, region, b)))
            for (const n of done)
                claimed.add(n);
        await o.backoff(round);
        left = await listed(w, region, names);
        for (const n of left ?? [])
            if (claimed.has(n))
                listedAfterDelete.add(n);
    }
    return { foundAtStart, left, listedAfterDelete };
}
/** The key pairs the ledger says the run may hold or have held, by region (never-created ones left out). */
function candidates(records) {
    const mine = records.filter((r) => r.state !== 'not-created');
    return new Map([...groupBy(mine, (r) => r.region)].map(([region, rs]) => [region, new Set(rs.map((r) => r.name))]));
}
/** The key pairs the run created: answered as created (since deleted or not), or found listed when the answer was lost. */
function createdBy(records, found) {
    return records.filter((r) => r.state === 'created' || r.state === 'deleted' || ((r.state === 'unknown' || r.state === 'pending') && found(r)));
}
/** Tears down everything `records` (default: the session's ledger) says the run may have created. */
export async function teardown(session, o = {}, records = session.ledger.records()) {
    const opts = {
        batch: o.batch ?? 100,
        rounds: o.rounds ?? 4,
        backoff: o.backoff ?? ((round) => sleep(250 * 2 ** (round - 1))),
        concurrency: o.concurrency ?? 8,
    };
    const w = { session, requests: 0, errors: [] };
    const regions = [...candidates(records)];
    const outcomes = new Map(await mapLimit(regions, opts.concurrency, async ([region, names]) => [region, await tearRegion(w, region, names, opts)]));
    const leaked = [];
    const listedAfterDelete = [];
    for (const [region, names] of regions) {
        const out = outcomes.get(region);
        if (out.left === undefined)
            w.errors.push(`could not list the run's key pairs in ${region}: they may still be there`);
        for (const name of out.left ?? names)
            leaked.push({ region, name });
        for (const name of out.listedAfterDelete)
            listedAfterDelete.push({ region, name });
        for (const name of out.foundAtStart)
            if (out.left?.has(name) === false)
                session.ledger.deleted(region, name);
    }
    // Counted from the listings: what the run created and the target no longer lists is deleted.
    const created = createdBy(records, (r) => outcomes.get(r.region)?.foundAtStart.has(r.name) ?? false);
    const stillThere = new Set(leaked.map((p) => `${p.region}\u0000${p.name}`));
    const deleted = created.filter((r) => !stillThere.has(`${r.region}\u0000${r.name}`)).length;
    return { created: created.length, deleted, leaked, listedAfterDelete, requests: w.requests, errors: w.errors };
}
