/**
 * The throughput figure's peer: Prism (`@stoplight/prism-cli`) mocking DescribeKeyPairs
 * from a small OpenAPI description (bench/prism/describe-key-pairs.yaml), the way a team
 * without the emulator would mock this API. A child process on 127.0.0.1 like the others.
 *
 * Run as a team would run it, Prism logs every request (its default level, `info`): that is
 * the figure's peer. The bench also measures it with logging turned down to warnings, the
 * fastest way it runs, so the report shows both. Its log goes to /dev/null either way (not
 * through a pipe the bench would have to read while it measures), so readiness is found by
 * asking it until it answers.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { childEnv, ROOT, type Server } from './procs.ts';

const DESCRIPTION = fileURLToPath(new URL('./prism/describe-key-pairs.yaml', import.meta.url));
const PRISM = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');

/** The installed Prism's version, for the report. */
export const PRISM_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', `file://${PRISM}`), 'utf8')) as { version: string }
).version;

/** A port free at the time of asking (Prism needs one named; it cannot report the one it got). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a !== null ? a.port : 0));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(`${url}/?Action=DescribeKeyPairs&RegionId=cn-hangzhou`)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Prism's log level: its default, or turned down to warnings. */
export type PrismLogging = 'info' | 'warn';

/** Starts `prism mock` on the DescribeKeyPairs description; resolves once it answers. */
export async function startPrism(logging: PrismLogging): Promise<Server> {
  const port = await freePort();
  const args = [PRISM, 'mock', '-h', '127.0.0.1', '-p', String(port), '--verboseLevel', logging, DESCRIPTION];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => void (output = (output + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  };
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    if (child.exitCode !== null) break;
    if (await answers(url)) return { url, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`prism mock did not start within 60 s on ${url}\n${output}`);
}
