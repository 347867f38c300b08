#!/usr/bin/env node
// Entry point of the `kpc` command. The sources are TypeScript run directly through
// tsx's loader, so there is no build step and no stale output to go wrong.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
