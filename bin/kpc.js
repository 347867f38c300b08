#!/usr/bin/env node
// Entry point of the `kpc` command. It runs the compiled JavaScript in dist/ (`npm run
// build`; npm ci and npm pack build it), which starts fastest. In a checkout whose
// TypeScript sources are newer than dist/, it runs the sources through tsx instead, so a
// stale build never runs.
import { distIsFresh } from './build-state.js';

const fresh = distIsFresh();
if (!fresh) (await import('tsx/esm/api')).register();
const dir = fresh ? '../dist/src/cli' : '../src/cli';
const ext = fresh ? 'js' : 'ts';
const { main } = await import(`${dir}/main.${ext}`);
const { processIo } = await import(`${dir}/io.${ext}`);
process.exitCode = await main(process.argv.slice(2), processIo());
