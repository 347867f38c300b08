/**
 * The pact file as data: reading it, putting its interactions in the contract's order, and
 * the comparable core (interactions without Pact's metadata) that proves a regeneration
 * changed nothing but tool versions.
 */
import { readFileSync } from 'node:fs';
import { KpcError } from '../errors.js';
/** Reads and minimally validates a pact file; a broken one is a configuration fault naming the file. */
export function readPact(file) {
    let doc;
    try {
        doc = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new KpcError('KPC_CONFIG', `cannot read the pact ${file}: ${e.message}`, { cause: e });
    }
    const d = doc;
    if (!Array.isArray(d.interactions) || typeof d.consumer?.name !== 'string' || typeof d.provider?.name !== 'string') {
        throw new KpcError('KPC_CONFIG', `${file} is not a pact file (consumer, provider and interactions expected)`);
    }
    return d;
}
/** The document with its interactions in `order` (by description); unknown ones go last, sorted. */
export function ordered(doc, order) {
    const rank = new Map(order.map((d, i) => [d, i]));
    const key = (i) => rank.get(i.description) ?? Number.MAX_SAFE_INTEGER;
    const interactions = [...doc.interactions].sort((a, b) => key(a) - key(b) || a.description.localeCompare(b.description));
    return { ...doc, interactions };
}
/** The pact's text as written: two-space JSON and a final newline, so diffs stay line by line. */
export function serialise(doc) {
    return `${JSON.stringify(doc, null, 2)}\n`;
}
/** What must not change between generations: parties and interactions; metadata (tool versions) excluded. */
export function comparableCore(doc) {
    return { consumer: doc.consumer.name, provider: doc.provider.name, interactions: doc.interactions };
}
