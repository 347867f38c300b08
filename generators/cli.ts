import { relative } from 'node:path';
import { KpcError } from '../src/errors.ts';
import { loadSpec } from '../src/spec/load.ts';
import { generateFiles } from './generate.ts';
import { GENERATED_DIR, staleFiles, writeGenerated } from './write.ts';

/**
 * `kpc generate [--check] [--spec DIR] [--out DIR]`: regenerate suites/generated from
 * specs/, or (with --check) exit 1 naming every file that differs from a fresh generation.
 */

interface GenerateOptions {
  check: boolean;
  specDir: string | undefined;
  outDir: string;
}

function parseArgs(argv: readonly string[]): GenerateOptions {
  const opts: GenerateOptions = { check: false, specDir: undefined, outDir: GENERATED_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') opts.check = true;
    else if (arg === '--spec' || arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new KpcError('KPC_USAGE', `${arg} needs a directory`);
      if (arg === '--spec') opts.specDir = value;
      else opts.outDir = value;
    } else throw new KpcError('KPC_USAGE', `unknown option "${arg}" (kpc generate [--check] [--spec DIR] [--out DIR])`);
  }
  return opts;
}

function shown(dir: string, file: string): string {
  return relative(process.cwd(), `${dir.replace(/\/$/, '')}/${file}`) || file;
}

/** Runs `kpc generate`; resolves to the exit code (0 written or current, 1 stale). */
export async function generateCommand(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  const files = generateFiles(opts.specDir === undefined ? loadSpec() : loadSpec(opts.specDir));
  if (opts.check) {
    const stale = staleFiles(opts.outDir, files);
    for (const s of stale)
      process.stderr.write(`stale: ${shown(opts.outDir, s.file)} (${s.reason}); run kpc generate\n`);
    if (stale.length === 0) process.stdout.write(`${files.length} generated files are current\n`);
    return stale.length === 0 ? 0 : 1;
  }
  const { removed } = writeGenerated(opts.outDir, files);
  for (const f of files)
    process.stdout.write(`wrote ${shown(opts.outDir, f.file)} (${f.caseFile.cases.length} cases)\n`);
  for (const f of removed) process.stdout.write(`removed ${shown(opts.outDir, f)} (no longer generated)\n`);
  return 0;
}
