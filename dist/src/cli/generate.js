/**
 * `kpc generate [--check] [--spec DIR] [--out DIR]`: regenerates suites/generated from
 * specs/, or (with --check) exits 1 naming every file that differs from a fresh generation.
 */
import { relative } from 'node:path';
import { generateFiles } from '../../generators/generate.js';
import { GENERATED_DIR, staleFiles, writeGenerated } from '../../generators/write.js';
import { loadSpec } from '../spec/load.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
import { noPositionals } from './flags.js';
function shown(dir, file) {
    return relative(process.cwd(), `${dir.replace(/\/$/, '')}/${file}`) || file;
}
/** `kpc generate`. */
export const GENERATE = defineCommand({
    name: 'generate',
    summary: 'Regenerates the generated cases (suites/generated/*.yaml) from the spec, deterministically.',
    usage: '[--check] [--spec DIR] [--out DIR]',
    flags: {
        check: { type: 'boolean', help: 'write nothing; exit 1 naming every file that differs from a fresh generation' },
        spec: { type: 'string', placeholder: 'DIR', help: 'the spec folder', default: 'the shipped specs/' },
        out: { type: 'string', placeholder: 'DIR', help: 'where the generated files go', default: 'suites/generated' },
    },
    exits: '0 written or current, 1 stale (with --check), 2 usage error or a spec that does not load.',
    async run({ values: v, positionals }, io) {
        noPositionals('kpc generate', positionals);
        const outDir = v.out ?? GENERATED_DIR;
        const files = generateFiles(v.spec === undefined ? loadSpec() : loadSpec(v.spec));
        if (v.check) {
            const stale = staleFiles(outDir, files);
            for (const s of stale)
                io.err(`stale: ${shown(outDir, s.file)} (${s.reason}); run kpc generate\n`);
            if (stale.length === 0)
                io.out(`${files.length} generated files are current\n`);
            return stale.length === 0 ? EXIT.ok : EXIT.findings;
        }
        const { removed } = writeGenerated(outDir, files);
        for (const f of files)
            io.out(`wrote ${shown(outDir, f.file)} (${f.caseFile.cases.length} cases)\n`);
        for (const f of removed)
            io.out(`removed ${shown(outDir, f)} (no longer generated)\n`);
        return EXIT.ok;
    },
});
