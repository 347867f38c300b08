/**
 * Where the package's files are: the folder holding its package.json. Found by walking up
 * from this module, so data files (specs/, suites/, pacts/, key fixtures) resolve the same
 * from the TypeScript sources and from the compiled JavaScript in dist/. A leaf.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
function findRoot(from) {
    for (let dir = from;; dir = dirname(dir)) {
        if (existsSync(join(dir, 'package.json')))
            return dir;
        if (dirname(dir) === dir)
            throw new Error(`no package.json above ${from}`);
    }
}
/** The package's root folder. */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
/** A path inside the package. */
export function packagePath(...parts) {
    return join(PACKAGE_ROOT, ...parts);
}
/** The package's version, from its package.json. */
export function packageVersion() {
    return JSON.parse(readFileSync(packagePath('package.json'), 'utf8')).version;
}
