import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KpcError } from '../errors.js';
import { loadValidatedYaml, parseValidatedYaml, readJson, schemaOf } from '../yaml/validated-yaml.js';
import { caseProblems } from './check.js';
import { packagePath } from '../package-root.js';
/** The suites folder shipped with the package. */
export const DEFAULT_SUITES_DIR = `${packagePath('suites')}/`;
const SCHEMA_ID = 'https://keypair-conformance/suites/schema/case-file.schema.json';
let schema;
function caseSchema() {
    schema ??= schemaOf([readJson(new URL('schema/case-file.schema.json', `file://${DEFAULT_SUITES_DIR}`))], SCHEMA_ID);
    return schema;
}
/** Parses and validates case-file text; errors name the file and line. */
export function parseCaseFile(text, file) {
    return parseValidatedYaml(text, file, caseSchema(), 'KPC_CASE_FILE');
}
/** Loads one case file. */
export function loadCaseFile(file) {
    return loadValidatedYaml(file, caseSchema(), 'KPC_CASE_FILE');
}
/** The entries of a case folder, or a case-file fault naming it. */
function entries(dir) {
    try {
        return readdirSync(dir).sort();
    }
    catch (e) {
        throw new KpcError('KPC_CASE_FILE', `${dir}: cannot read the case folder (${e.code ?? e.message})`);
    }
}
/** Every *.yaml under `dir` (recursively, sorted), except the schema folder. */
export function caseFilesIn(dir) {
    const out = [];
    for (const entry of entries(dir)) {
        const p = join(dir, entry);
        if (statSync(p).isDirectory()) {
            if (entry !== 'schema')
                out.push(...caseFilesIn(p));
        }
        else if (entry.endsWith('.yaml') || entry.endsWith('.yml'))
            out.push(p);
    }
    return out;
}
/** Loads every case under `dir`; case ids must be unique across files. */
export function loadCases(dir = DEFAULT_SUITES_DIR) {
    const seen = new Map();
    const cases = [];
    for (const file of caseFilesIn(dir)) {
        const rel = relative(dir, file);
        const cf = loadCaseFile(file);
        for (const c of cf.cases) {
            const prev = seen.get(c.id);
            if (prev)
                throw new KpcError('KPC_CASE_FILE', `${rel}: case id ${c.id} is already used in ${prev}`);
            const problems = caseProblems(c);
            if (problems.length > 0)
                throw new KpcError('KPC_CASE_FILE', `${rel}: case ${c.id} ${problems.join('; ')}`);
            seen.set(c.id, rel);
            cases.push({ ...c, file: rel, suite: cf.suite, origin: cf.origin });
        }
    }
    return cases;
}
