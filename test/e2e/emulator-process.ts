/**
 * Runs `node bin/kpc.js emulator …` as a child process, as a user would, and waits for
 * its `listening http://HOST:PORT` line. Shared by the emulator's process-level tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const KPC = fileURLToPath(new URL('../../bin/kpc.js', import.meta.url));

/** A started child and what it printed. */
export interface EmulatorProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

/** Runs kpc with `args`; resolves with exit code, stdout and stderr once it exits. */
export function runKpc(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  kpc: string = KPC,
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  // Tests never write into a real CI job's step summary.
  const child = spawn(process.execPath, [kpc, ...args], {
    env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d.toString()));
  child.stderr.on('data', (d) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code: code ?? signal ?? -1, stdout, stderr })),
  );
}

/** Starts `kpc emulator` with `args` and waits until it listens. */
export function startEmulatorProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [KPC, 'emulator', ...args], {
    env: { ...process.env, ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => (err += d.toString()));
    child.stdout!.on('data', (d) => {
      out += d.toString();
      const m = /^listening (http:\/\/\S+)\n/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1], stdout: () => out, stderr: () => err, exited });
    });
    void exited.then((code) => reject(new Error(`kpc emulator exited (${code}) before listening: ${err}`)));
  });
}
