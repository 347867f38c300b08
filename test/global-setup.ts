// Before any test: build dist/ when the sources are newer, so every test that spawns kpc
// runs the compiled package a user gets, and no test rebuilds it under another's feet.
import { execFileSync } from 'node:child_process';
import { distIsFresh, root } from '../bin/build-state.js';

export default function setup(): void {
  if (!distIsFresh()) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
