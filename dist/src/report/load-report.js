import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KpcError } from '../errors.js';
/**
 * Reads a report.json a user names on the command line. Every way it can be wrong is a
 * usage error naming the file, so `kpc diff` and `kpc report merge` exit 2 with a reason.
 */
/** `path` itself when it is a file, `path/report.json` when it is a directory. */
export function reportPathOf(path) {
    return existsSync(path) && statSync(path).isDirectory() ? join(path, 'report.json') : path;
}
/** Checks that a parsed value is a report.json (version 1); returns what is wrong, or undefined. */
export function reportProblem(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return 'it is not a JSON object';
    const r = v;
    if (r.schemaVersion !== 1)
        return `it has no "schemaVersion": 1 (got ${JSON.stringify(r.schemaVersion) ?? 'none'})`;
    if (!Array.isArray(r.cases))
        return 'it has no "cases" list';
    if (typeof r.summary !== 'object' || r.summary === null)
        return 'it has no "summary"';
    const run = r.run;
    if (typeof run?.token !== 'string')
        return 'it has no "run.token"';
    const target = r.target;
    if (typeof target?.url !== 'string' || typeof target.region !== 'string')
        return 'it has no "target.url" and "target.region"';
    const bad = r.cases.findIndex((c) => typeof c?.id !== 'string' || !Array.isArray(c.steps));
    if (bad >= 0)
        return `its case #${bad + 1} has no "id" or "steps"`;
    return undefined;
}
/** Reads and validates a report file (or a directory holding report.json). */
export function readReportFile(path) {
    const file = reportPathOf(path);
    if (!existsSync(file))
        throw new KpcError('KPC_USAGE', `${file}: no such file`);
    let v;
    try {
        v = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new KpcError('KPC_USAGE', `${file} is not JSON: ${e.message}`);
    }
    const problem = reportProblem(v);
    if (problem)
        throw new KpcError('KPC_USAGE', `${file} is not a kpc report.json: ${problem}`);
    return v;
}
