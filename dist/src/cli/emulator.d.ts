/**
 * `kpc emulator`: starts the reference emulator and prints one line, `listening
 * http://HOST:PORT`, when ready; stops cleanly on SIGINT/SIGTERM (exit 0). Every
 * configuration error (a bad flag, a port in use, a state file that cannot be used) exits 2
 * with one line naming it.
 */
import type { FaultOptions } from '../../emulator/app.ts';
import type { StartOptions } from '../../emulator/server.ts';
import { type FlagValues } from './flags.ts';
/** Every flag, declared once. */
export declare const EMULATOR_FLAGS: {
    readonly host: {
        readonly type: 'string';
        readonly placeholder: 'ADDR';
        readonly help: 'address to listen on';
        readonly default: '127.0.0.1';
    };
    readonly port: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'port to listen on (0: any free port)';
        readonly default: '0';
    };
    readonly 'access-key-id': {
        readonly type: 'string';
        readonly placeholder: 'ID';
        readonly help: 'require requests signed with this AccessKeyId (with --access-key-secret)';
    };
    readonly 'access-key-secret': {
        readonly type: 'string';
        readonly placeholder: 'S';
        readonly help: 'the secret of --access-key-id';
    };
    readonly 'no-auth': {
        readonly type: 'boolean';
        readonly help: 'accept unsigned requests and any signature';
    };
    readonly 'state-file': {
        readonly type: 'string';
        readonly placeholder: 'FILE';
        readonly help: 'keep key pairs in this file across restarts (written atomically)';
    };
    readonly fault: {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'SPEC';
        readonly help: 'inject faults: throttle=RATE, error5xx=RATE, reset=RATE, latency=MS (repeatable)';
    };
    readonly 'fault-seed': {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'seed of the fault PRNG';
        readonly default: 'random, printed';
    };
    readonly 'resource-group': {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'ID';
        readonly help: 'a resource group that exists (repeatable)';
    };
    readonly mutant: {
        readonly type: 'string';
        readonly placeholder: 'NAME';
        readonly help: 'behave as the named single-deviation mutant (see --list-mutants)';
    };
    readonly 'list-mutants': {
        readonly type: 'boolean';
        readonly help: 'list the mutants and exit';
    };
};
/** Parses `--fault` values (`throttle=0.2`, `latency=100`, ...) and the seed. */
export declare function parseFaults(specs: readonly string[], seed: string | undefined): FaultOptions;
/** Turns the flags into startEmulator options; throws a usage error naming a bad flag. */
export declare function optionsFromFlags(v: FlagValues<typeof EMULATOR_FLAGS>, env: NodeJS.ProcessEnv, warn: (line: string) => void): StartOptions;
/** `kpc emulator`. */
export declare const EMULATOR: import("./command.ts").Command<{
    readonly host: {
        readonly type: 'string';
        readonly placeholder: 'ADDR';
        readonly help: 'address to listen on';
        readonly default: '127.0.0.1';
    };
    readonly port: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'port to listen on (0: any free port)';
        readonly default: '0';
    };
    readonly 'access-key-id': {
        readonly type: 'string';
        readonly placeholder: 'ID';
        readonly help: 'require requests signed with this AccessKeyId (with --access-key-secret)';
    };
    readonly 'access-key-secret': {
        readonly type: 'string';
        readonly placeholder: 'S';
        readonly help: 'the secret of --access-key-id';
    };
    readonly 'no-auth': {
        readonly type: 'boolean';
        readonly help: 'accept unsigned requests and any signature';
    };
    readonly 'state-file': {
        readonly type: 'string';
        readonly placeholder: 'FILE';
        readonly help: 'keep key pairs in this file across restarts (written atomically)';
    };
    readonly fault: {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'SPEC';
        readonly help: 'inject faults: throttle=RATE, error5xx=RATE, reset=RATE, latency=MS (repeatable)';
    };
    readonly 'fault-seed': {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'seed of the fault PRNG';
        readonly default: 'random, printed';
    };
    readonly 'resource-group': {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'ID';
        readonly help: 'a resource group that exists (repeatable)';
    };
    readonly mutant: {
        readonly type: 'string';
        readonly placeholder: 'NAME';
        readonly help: 'behave as the named single-deviation mutant (see --list-mutants)';
    };
    readonly 'list-mutants': {
        readonly type: 'boolean';
        readonly help: 'list the mutants and exit';
    };
}>;
