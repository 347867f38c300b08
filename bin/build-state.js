// Whether the compiled JavaScript in dist/ is at least as new as the TypeScript sources.
// Shared by bin/kpc.js (which runs dist/ only when it is) and the test setup (which builds it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder. */
export const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The compiled entry of the CLI. */
export const builtMain = join(root, 'dist', 'src', 'cli', 'main.js');

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

/** True when dist/ exists and no source is newer than it. */
export function distIsFresh() {
  if (!existsSync(builtMain)) return false;
  const sources = Math.max(...['src', 'emulator', 'generators'].map((d) => newest(join(root, d))));
  return statSync(builtMain).mtimeMs >= sources;
}
