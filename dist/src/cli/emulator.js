import { KpcError } from '../errors.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
import { noPositionals } from './flags.js';
import { onInterrupt } from './io.js';
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
    'state-file': {
        type: 'string',
        placeholder: 'FILE',
        help: 'keep key pairs in this file across restarts (written atomically)',
    },
    fault: {
        type: 'string',
        multiple: true,
        placeholder: 'SPEC',
        help: 'inject faults: throttle=RATE, error5xx=RATE, reset=RATE, latency=MS (repeatable)',
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
};
const usage = (message) => new KpcError('KPC_USAGE', message);
function rate(flag, text) {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
        throw usage(`--fault ${flag}=${text}: the rate must be a number from 0 to 1`);
    return n;
}
/** Parses `--fault` values (`throttle=0.2`, `latency=100`, ...) and the seed. */
export function parseFaults(specs, seed) {
    const faults = {};
    for (const spec of specs) {
        const [name = '', value = ''] = spec.split('=', 2);
        if (name === 'throttle')
            faults.throttle = rate(name, value);
        else if (name === 'error5xx')
            faults.error5xx = rate(name, value);
        else if (name === 'reset')
            faults.reset = rate(name, value);
        else if (name === 'latency') {
            if (!/^\d{1,6}$/.test(value))
                throw usage(`--fault latency=${value}: the latency must be a whole number of milliseconds`);
            faults.latencyMs = Number(value);
        }
        else
            throw usage(`--fault ${spec}: unknown fault (use throttle=RATE, error5xx=RATE, reset=RATE or latency=MS)`);
    }
    if (seed !== undefined) {
        if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff)
            throw usage(`--fault-seed ${seed}: the seed must be a whole number from 0 to 4294967295`);
        faults.seed = Number(seed);
    }
    return faults;
}
function accessKeys(v, env, warn) {
    const id = v['access-key-id'];
    const secret = v['access-key-secret'];
    if ((id === undefined) !== (secret === undefined))
        throw usage(id === undefined ? '--access-key-secret needs --access-key-id' : '--access-key-id needs --access-key-secret');
    if (v['no-auth'] === true && id !== undefined)
        throw usage('--no-auth cannot be combined with --access-key-id');
    if (id !== undefined && secret !== undefined)
        return { [id]: secret };
    if (v['no-auth'] === true)
        return {};
    const envId = env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
    const envSecret = env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
    if (envId && envSecret) {
        warn('kpc emulator: requiring signatures with the credentials from ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET');
        return { [envId]: envSecret };
    }
    warn('kpc emulator: no credentials configured: accepting unsigned requests (as with --no-auth)');
    return {};
}
/** Turns the flags into startEmulator options; throws a usage error naming a bad flag. */
export function optionsFromFlags(v, env, warn) {
    const port = v.port === undefined ? 0 : Number(v.port);
    if (v.port !== undefined && (!/^\d{1,5}$/.test(v.port) || port > 65535))
        throw usage(`--port ${v.port}: the port must be a whole number from 0 to 65535`);
    return {
        host: v.host ?? '127.0.0.1',
        port,
        accessKeys: accessKeys(v, env, warn),
        ...(v['state-file'] !== undefined ? { stateFile: v['state-file'] } : {}),
        faults: parseFaults(v.fault ?? [], v['fault-seed']),
        resourceGroups: v['resource-group'] ?? [],
    };
}
async function start(v, options, io) {
    const { startEmulator } = await import('../../emulator/server.js');
    if (v.mutant === undefined)
        return startEmulator(options);
    const { findMutant, startMutantEmulator } = await import('../../emulator/mutants/index.js');
    const mutant = findMutant(v.mutant);
    if (mutant === undefined)
        throw usage(`--mutant ${v.mutant}: no such mutant (kpc emulator --list-mutants lists them)`);
    io.err(`kpc emulator: behaving as mutant ${mutant.name}: ${mutant.description}\n`);
    return startMutantEmulator(mutant, options);
}
async function listening(v, options, io) {
    try {
        return await start(v, options, io);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
            throw new KpcError('KPC_CONFIG', `cannot listen on ${options.host}:${options.port}: ${code === 'EADDRINUSE' ? 'the address is in use' : code}`);
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
            const { mutantListing } = await import('../../emulator/mutants/index.js');
            return (io.out(`${mutantListing().join('\n')}\n`), EXIT.ok);
        }
        const options = optionsFromFlags(v, io.env, (l) => io.err(`${l}\n`));
        const running = await listening(v, options, io);
        const stopped = new Promise((resolve) => {
            const stop = onInterrupt(() => (stop(), resolve()));
            if (io.signal?.aborted)
                resolve();
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
