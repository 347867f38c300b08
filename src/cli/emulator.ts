/**
 * `kpc emulator`: starts the reference emulator and prints one line, `listening
 * http://HOST:PORT`, when ready; stops cleanly on SIGINT/SIGTERM (exit 0). Every
 * configuration error (a bad flag, a port in use, a state file that cannot be used) exits 2
 * with one line naming it.
 */
import { DEFAULT_FAULT_RATES, type FaultOptions } from '../../emulator/faults.ts';
import type { StartOptions } from '../../emulator/server.ts';
import { KpcError } from '../errors.ts';
import { defineCommand, type Io } from './command.ts';
import { EXIT } from './exit.ts';
import { noPositionals, type FlagValues } from './flags.ts';
import { onInterrupt } from './io.ts';

/** Every flag, declared once. */
export const EMULATOR_FLAGS = {
  host: { type: 'string', placeholder: 'ADDR', help: 'address to listen on', default: '127.0.0.1' },
  port: { type: 'string', placeholder: 'N', help: 'port to listen on (0: any free port)', default: '0' },
  'access-key-id': {
    type: 'string',
    placeholder: 'ID',
    help: 'require requests signed with this AccessKeyId (with --access-key-secret)',
  },
  'access-key-secret': { type: 'string', placeholder: 'S', help: 'the secret of --access-key-id' },
  'no-auth': { type: 'boolean', help: 'accept unsigned requests and any signature' },
  'security-token': {
    type: 'string',
    placeholder: 'TOKEN',
    help: 'require this security token (SecurityToken / x-acs-security-token) on every request',
  },
  'state-file': {
    type: 'string',
    placeholder: 'FILE',
    help: 'keep key pairs in this file across restarts (written atomically)',
  },
  fault: {
    type: 'string',
    multiple: true,
    placeholder: 'SPEC',
    help:
      'inject faults, comma-separated or repeated: throttle, error5xx, reset (before anything happens), ' +
      'internal-after, reset-after (after the request was carried out), each NAME or NAME=RATE; latency=MS',
  },
  'fault-seed': { type: 'string', placeholder: 'N', help: 'seed of the fault PRNG', default: 'random, printed' },
  'resource-group': {
    type: 'string',
    multiple: true,
    placeholder: 'ID',
    help: 'a resource group that exists (repeatable)',
  },
  mutant: {
    type: 'string',
    placeholder: 'NAME',
    help: 'behave as the named single-deviation mutant (see --list-mutants)',
  },
  'list-mutants': { type: 'boolean', help: 'list the mutants and exit' },
} as const;

const usage = (message: string): KpcError => new KpcError('KPC_USAGE', message);

function rate(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw usage(`--fault ${flag}=${text}: the rate must be a number from 0 to 1`);
  return n;
}

/** The faults that take a rate, by flag name. */
const RATE_FAULTS = {
  throttle: 'throttle',
  error5xx: 'error5xx',
  reset: 'reset',
  'internal-after': 'internalAfter',
  'reset-after': 'resetAfter',
} as const satisfies Record<string, keyof typeof DEFAULT_FAULT_RATES>;

function addFault(faults: FaultOptions, spec: string): void {
  const [name = '', value] = spec.split('=', 2);
  if (Object.hasOwn(RATE_FAULTS, name)) {
    const key = RATE_FAULTS[name as keyof typeof RATE_FAULTS];
    faults[key] = value === undefined ? DEFAULT_FAULT_RATES[key] : rate(name, value);
  } else if (name === 'latency') {
    if (value === undefined || !/^\d{1,6}$/.test(value))
      throw usage(`--fault ${spec}: the latency must be a whole number of milliseconds (latency=MS)`);
    faults.latencyMs = Number(value);
  } else {
    const known = [...Object.keys(RATE_FAULTS), 'latency=MS'].join(', ');
    throw usage(`--fault ${spec}: unknown fault (known: ${known})`);
  }
}

/** Parses `--fault` values (`throttle=0.2`, `internal-after,reset-after`, `latency=100`, ...) and the seed. */
export function parseFaults(specs: readonly string[], seed: string | undefined): FaultOptions {
  const faults: FaultOptions = {};
  for (const spec of specs.flatMap((s) => s.split(','))) addFault(faults, spec.trim());
  if (seed !== undefined) {
    if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff)
      throw usage(`--fault-seed ${seed}: the seed must be a whole number from 0 to 4294967295`);
    faults.seed = Number(seed);
  }
  return faults;
}

function accessKeys(
  v: FlagValues<typeof EMULATOR_FLAGS>,
  env: NodeJS.ProcessEnv,
  warn: (line: string) => void,
): Record<string, string> {
  const id = v['access-key-id'];
  const secret = v['access-key-secret'];
  if ((id === undefined) !== (secret === undefined))
    throw usage(
      id === undefined ? '--access-key-secret needs --access-key-id' : '--access-key-id needs --access-key-secret',
    );
  if (v['no-auth'] === true && id !== undefined) throw usage('--no-auth cannot be combined with --access-key-id');
  if (id !== undefined && secret !== undefined) return { [id]: secret };
  if (v['no-auth'] === true) return {};
  const envId = env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
  const envSecret = env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
  if (envId && envSecret) {
    warn('kpc emulator: requiring signatures with the credentials from ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET');
    return { [envId]: envSecret };
  }
  warn('kpc emulator: no credentials configured: accepting unsigned requests (as with --no-auth)');
  return {};
}

function securityToken(token: string): string {
  if (token.trim() === '') throw usage('--security-token: the token must not be empty');
  return token;
}

/** Turns the flags into startEmulator options; throws a usage error naming a bad flag. */
export function optionsFromFlags(
  v: FlagValues<typeof EMULATOR_FLAGS>,
  env: NodeJS.ProcessEnv,
  warn: (line: string) => void,
): StartOptions {
  const port = v.port === undefined ? 0 : Number(v.port);
  if (v.port !== undefined && (!/^\d{1,5}$/.test(v.port) || port > 65535))
    throw usage(`--port ${v.port}: the port must be a whole number from 0 to 65535`);
  return {
    host: v.host ?? '127.0.0.1',
    port,
    accessKeys: accessKeys(v, env, warn),
    ...(v['state-file'] !== undefined ? { stateFile: v['state-file'] } : {}),
    ...(v['security-token'] !== undefined ? { securityToken: securityToken(v['security-token']) } : {}),
    faults: parseFaults(v.fault ?? [], v['fault-seed']),
    resourceGroups: v['resource-group'] ?? [],
  };
}

async function start(v: FlagValues<typeof EMULATOR_FLAGS>, options: StartOptions, io: Io) {
  const { startEmulator } = await import('../../emulator/server.ts');
  if (v.mutant === undefined) return startEmulator(options);
  const { findMutant, startMutantEmulator } = await import('../../emulator/mutants/index.ts');
  const mutant = findMutant(v.mutant);
  if (mutant === undefined)
    throw usage(`--mutant ${v.mutant}: no such mutant (kpc emulator --list-mutants lists them)`);
  io.err(`kpc emulator: behaving as mutant ${mutant.name}: ${mutant.description}\n`);
  return startMutantEmulator(mutant, options);
}

async function listening(v: FlagValues<typeof EMULATOR_FLAGS>, options: StartOptions, io: Io) {
  try {
    return await start(v, options, io);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new KpcError(
        'KPC_CONFIG',
        `cannot listen on ${options.host}:${options.port}: ${code === 'EADDRINUSE' ? 'the address is in use' : code}`,
      );
    }
    throw e;
  }
}

/** `kpc emulator`. */
export const EMULATOR = defineCommand({
  name: 'emulator',
  summary: 'Starts the reference emulator of ImportKeyPair, DescribeKeyPairs and DeleteKeyPairs.',
  usage: '[--port N] [--access-key-id ID --access-key-secret S | --no-auth] [options]',
  description: 'It prints `listening http://HOST:PORT` when ready and stops on SIGINT or SIGTERM.',
  flags: EMULATOR_FLAGS,
  exits: '0 stopped, 2 configuration error (bad flag, port in use, state file that cannot be used).',
  async run({ values: v, positionals }, io) {
    noPositionals('kpc emulator', positionals);
    if (v['list-mutants']) {
      const { mutantListing } = await import('../../emulator/mutants/index.ts');
      return (io.out(`${mutantListing().join('\n')}\n`), EXIT.ok);
    }
    const options = {
      ...optionsFromFlags(v, io.env, (l) => io.err(`${l}\n`)),
      onError: (message: string) => io.err(`kpc emulator: ${message}\n`),
    };
    const running = await listening(v, options, io);
    const stopped = new Promise<void>((resolve) => {
      const stop = onInterrupt(() => (stop(), resolve()));
      if (io.signal?.aborted) resolve();
      io.signal?.addEventListener('abort', () => (stop(), resolve()), { once: true });
    });
    if (running.emulator.faultSeed !== undefined)
      io.err(`kpc emulator: faults on, seed ${running.emulator.faultSeed}\n`);
    io.out(`listening ${running.url}\n`);
    await stopped;
    await running.close();
    return EXIT.ok;
  },
});
