/**
 * `kpc emulator`: starts the reference emulator and prints one line,
 * `listening http://HOST:PORT`, when ready; stops cleanly on SIGINT/SIGTERM (exit 0).
 * Bad flags exit 2 with a message naming the flag.
 */
import { parseArgs } from 'node:util';
import { isKpcError } from '../src/errors.ts';
import type { FaultOptions } from './app.ts';
import { startEmulator, type StartOptions } from './server.ts';

interface Flag {
  type: 'string' | 'boolean';
  multiple?: boolean;
  help: string;
}

/** Every flag, declared once: parseArgs options and the help text come from this table. */
export const EMULATOR_FLAGS = {
  host: { type: 'string', help: 'address to listen on (default 127.0.0.1)' },
  port: { type: 'string', help: 'port to listen on (default 0: any free port)' },
  'access-key-id': { type: 'string', help: 'require requests signed with this AccessKeyId (with --access-key-secret)' },
  'access-key-secret': { type: 'string', help: 'the secret of --access-key-id' },
  'no-auth': { type: 'boolean', help: 'accept unsigned requests and any signature' },
  'state-file': { type: 'string', help: 'keep key pairs in this file across restarts (written atomically)' },
  fault: {
    type: 'string',
    multiple: true,
    help: 'inject faults: throttle=RATE, error5xx=RATE, reset=RATE, latency=MS (repeatable)',
  },
  'fault-seed': { type: 'string', help: 'seed of the fault PRNG (default random, printed)' },
  'resource-group': { type: 'string', multiple: true, help: 'a resource group that exists (repeatable)' },
  mutant: {
    type: 'string',
    help: 'behave as the named single-deviation mutant (for trying the suite; see --list-mutants)',
  },
  'list-mutants': { type: 'boolean', help: 'list the mutants and exit' },
} as const satisfies Record<string, Flag>;

/** Help text listing the flags. */
export function emulatorHelp(): string {
  return Object.entries(EMULATOR_FLAGS)
    .map(([name, f]) => `  --${name}${f.type === 'string' ? ' VALUE' : ''}`.padEnd(32) + f.help)
    .join('\n');
}

/** A usage problem: the message names the flag. */
class UsageError extends Error {}

function rate(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new UsageError(`--fault ${flag}=${text}: the rate must be a number from 0 to 1`);
  return n;
}

/** Parses `--fault` values (`throttle=0.2`, `latency=100`, ...) and the seed. */
export function parseFaults(specs: readonly string[], seed: string | undefined): FaultOptions {
  const faults: FaultOptions = {};
  for (const spec of specs) {
    const [name = '', value = ''] = spec.split('=', 2);
    if (name === 'throttle') faults.throttle = rate(name, value);
    else if (name === 'error5xx') faults.error5xx = rate(name, value);
    else if (name === 'reset') faults.reset = rate(name, value);
    else if (name === 'latency') {
      if (!/^\d{1,6}$/.test(value))
        throw new UsageError(`--fault latency=${value}: the latency must be a whole number of milliseconds`);
      faults.latencyMs = Number(value);
    } else
      throw new UsageError(
        `--fault ${spec}: unknown fault (use throttle=RATE, error5xx=RATE, reset=RATE or latency=MS)`,
      );
  }
  if (seed !== undefined) {
    if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff)
      throw new UsageError(`--fault-seed ${seed}: the seed must be a whole number from 0 to 4294967295`);
    faults.seed = Number(seed);
  }
  return faults;
}

/** Optional I/O for in-process use (tests); defaults to the process's. */
export interface CliIo {
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Stops the emulator when aborted, as a signal would. */
  signal?: AbortSignal;
}

/** Turns the flags into startEmulator options; throws UsageError naming a bad flag. */
export function optionsFromArgs(argv: string[], env: NodeJS.ProcessEnv, warn: (line: string) => void): StartOptions {
  const { values: v } = parseArgs({ args: argv, options: EMULATOR_FLAGS, strict: true, allowPositionals: false });
  const port = v.port === undefined ? 0 : Number(v.port);
  if (v.port !== undefined && (!/^\d{1,5}$/.test(v.port) || port > 65535))
    throw new UsageError(`--port ${v.port}: the port must be a whole number from 0 to 65535`);
  const id = v['access-key-id'];
  const secret = v['access-key-secret'];
  if ((id === undefined) !== (secret === undefined))
    throw new UsageError(
      id === undefined ? '--access-key-secret needs --access-key-id' : '--access-key-id needs --access-key-secret',
    );
  if (v['no-auth'] === true && id !== undefined)
    throw new UsageError('--no-auth cannot be combined with --access-key-id');
  let accessKeys: Record<string, string> = {};
  if (id !== undefined && secret !== undefined) accessKeys = { [id]: secret };
  else if (v['no-auth'] !== true) {
    const envId = env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
    const envSecret = env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
    if (envId && envSecret) {
      accessKeys = { [envId]: envSecret };
      warn('kpc emulator: requiring signatures with the credentials from ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET');
    } else warn('kpc emulator: no credentials configured: accepting unsigned requests (as with --no-auth)');
  }
  return {
    host: v.host ?? '127.0.0.1',
    port,
    accessKeys,
    ...(v['state-file'] !== undefined ? { stateFile: v['state-file'] } : {}),
    faults: parseFaults(v.fault ?? [], v['fault-seed']),
    resourceGroups: v['resource-group'] ?? [],
  };
}

/** Runs `kpc emulator` until SIGINT/SIGTERM (or io.signal); resolves to the exit code. */
export async function emulatorCommand(argv: string[], io: CliIo = {}): Promise<number> {
  const out = io.stdout ?? ((l: string) => process.stdout.write(`${l}\n`));
  const err = io.stderr ?? ((l: string) => process.stderr.write(`${l}\n`));
  // The mutant catalogue is loaded only when asked for.
  if (argv.includes('--list-mutants')) {
    out((await import('./mutants/index.ts')).mutantListing().join('\n'));
    return 0;
  }
  let options: StartOptions;
  let mutant: import('./mutants/index.ts').Mutant | undefined;
  try {
    options = optionsFromArgs(argv, io.env ?? process.env, err);
    const name = parseArgs({ args: argv, options: EMULATOR_FLAGS, strict: true, allowPositionals: false }).values
      .mutant;
    if (name !== undefined) {
      mutant = (await import('./mutants/index.ts')).findMutant(name);
      if (mutant === undefined)
        throw new UsageError(`--mutant ${name}: no such mutant (kpc emulator --list-mutants lists them)`);
      err(`kpc emulator: behaving as mutant ${mutant.name}: ${mutant.description}`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`kpc emulator: ${(e as Error).message}\n\nOptions:\n${emulatorHelp()}`);
      return 2;
    }
    throw e;
  }
  let running;
  try {
    running =
      mutant === undefined
        ? await startEmulator(options)
        : await (await import('./mutants/index.ts')).startMutantEmulator(mutant, options);
  } catch (e) {
    if (isKpcError(e)) throw e; // the dispatcher prints it with its code's exit status
    err(`kpc emulator: cannot listen on ${options.host}:${options.port}: ${(e as Error).message}`);
    return 1;
  }
  // Handlers go in before the line is printed: a parent may signal as soon as it reads it.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (io.signal?.aborted) stop();
    io.signal?.addEventListener('abort', stop, { once: true });
  });
  if (running.emulator.faultSeed !== undefined) err(`kpc emulator: faults on, seed ${running.emulator.faultSeed}`);
  out(`listening ${running.url}`);
  await stopped;
  await running.close();
  return 0;
}
