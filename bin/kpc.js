#!/usr/bin/env node
// Entry point of the `kpc` command. It runs the compiled JavaScript in dist/ (`npm run
// build`; npm ci and npm pack build it), which starts fastest. In a checkout whose
// TypeScript sources are newer than dist/, it runs the sources through tsx instead, so a
// stale build never runs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'dist', 'src', 'cli', 'main.js');

/** The newest modification time of the TypeScript sources under `dir` (0 when there are none). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(...['src', 'emulator', 'generators'].map((d) => newest(join(root, d))));
const fresh = existsSync(built) && statSync(built).mtimeMs >= sources;
let entry = '../dist/src/cli/';
if (!fresh) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = '../src/cli/';
}
const { main } = await import(`${entry}main.${fresh ? 'js' : 'ts'}`);
const { processIo } = await import(`${entry}io.${fresh ? 'js' : 'ts'}`);
process.exitCode = await main(process.argv.slice(2), processIo());
