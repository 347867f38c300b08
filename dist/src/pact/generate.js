/**
 * `kpc pact generate`: cases → interactions → consumer tests on Pact's mock server → the
 * committed pact. Pact merges into an existing file, so the tests write into a fresh
 * temporary folder and the result replaces the target whole.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCases } from '../cases/load.js';
import { runConsumerTests } from './consumer.js';
import { contractInteractions } from './interactions.js';
import { ordered, readPact, serialise } from './pact-file.js';
/** Generates the pact from the cases under `casesDir` and writes it to `file`. */
export async function generatePact(options) {
    // Exploration's found cases come and go with seeds; the contract is the documented suite.
    const cases = loadCases(options.casesDir).filter((c) => c.origin !== 'found');
    const { interactions, skipped } = await contractInteractions(cases);
    const work = mkdtempSync(join(tmpdir(), 'kpc-pact-'));
    try {
        await runConsumerTests(interactions, work);
        const [written] = readdirSync(work).filter((f) => f.endsWith('.json'));
        if (written === undefined)
            throw new Error('Pact wrote no pact file');
        const doc = ordered(readPact(join(work, written)), interactions.map((i) => i.description));
        mkdirSync(dirname(options.file), { recursive: true });
        writeFileSync(options.file, serialise(doc));
        return { file: options.file, doc, interactions: interactions.length, skipped };
    }
    finally {
        rmSync(work, { recursive: true, force: true });
    }
}
