import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/package-root.js';
/**
 * The I/O shell of generation: write the files into suites/generated, or compare what is
 * committed there with a fresh generation. The folder belongs to the generator, so a
 * YAML file it no longer produces is stale and removed.
 */
/** Where generated suites live. */
export const GENERATED_DIR = `${packagePath('suites', 'generated')}/`;
function yamlFiles(dir) {
    return existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
            .sort()
        : [];
}
/** Every difference between `dir` and `files`; empty when the committed files are current. */
export function staleFiles(dir, files) {
    const out = [];
    for (const f of files) {
        const path = join(dir, f.file);
        if (!existsSync(path))
            out.push({ file: f.file, reason: 'missing' });
        else if (readFileSync(path, 'utf8') !== f.text)
            out.push({ file: f.file, reason: 'differs' });
    }
    const names = new Set(files.map((f) => f.file));
    for (const f of yamlFiles(dir))
        if (!names.has(f))
            out.push({ file: f, reason: 'not generated' });
    return out;
}
/** Writes `files` into `dir` and removes YAML files the generator no longer produces. */
export function writeGenerated(dir, files) {
    mkdirSync(dir, { recursive: true });
    const names = new Set(files.map((f) => f.file));
    const removed = yamlFiles(dir).filter((f) => !names.has(f));
    for (const f of removed)
        rmSync(join(dir, f));
    for (const f of files)
        writeFileSync(join(dir, f.file), f.text);
    return { written: files.map((f) => f.file), removed };
}
