import { describe, expect, test } from 'vitest';
import { helpOf } from './command.ts';
import { EMULATOR, EMULATOR_FLAGS, optionsFromFlags, parseFaults } from './emulator.ts';
import { parseFlags } from './flags.ts';

const quiet = () => {};
const options = (argv: string[], env: NodeJS.ProcessEnv = {}, warn: (l: string) => void = quiet) =>
  optionsFromFlags(parseFlags(argv, EMULATOR_FLAGS).values, env, warn);

describe('emulator flags', () => {
  test('parses every fault kind and the seed', () => {
    expect(parseFaults(['throttle=0.2', 'error5xx=0.1', 'reset=0', 'latency=100'], '42')).toEqual({
      throttle: 0.2,
      error5xx: 0.1,
      reset: 0,
      latencyMs: 100,
      seed: 42,
    });
  });

  test('a fault named without a rate takes its default; a comma list names several', () => {
    expect(parseFaults(['internal-after,reset-after'], '7')).toEqual({
      internalAfter: 0.05,
      resetAfter: 0.03,
      seed: 7,
    });
    expect(parseFaults(['internal-after=0.5', 'throttle'], undefined)).toEqual({ internalAfter: 0.5, throttle: 0.05 });
  });

  test('--security-token requires that token; an empty one is refused', () => {
    expect(options(['--no-auth', '--security-token', 'tok']).securityToken).toBe('tok');
    expect(options(['--no-auth']).securityToken).toBeUndefined();
    expect(() => options(['--no-auth', '--security-token', ' '])).toThrow(/--security-token/);
  });

  test.for([
    ['throttle=1.5'],
    ['throttle='],
    ['latency=-1'],
    ['latency=1.5'],
    ['boom=1'],
    ['latency'],
    ['reset-after=2'],
  ])('refuses --fault %s, naming --fault', ([spec]) => {
    expect(() => parseFaults([spec ?? ''], undefined)).toThrow(/--fault/);
  });

  test('refuses a seed that is not a 32-bit whole number', () => {
    expect(() => parseFaults([], '-1')).toThrow(/--fault-seed/);
    expect(() => parseFaults([], '4294967296')).toThrow(/--fault-seed/);
  });

  test('credentials from flags turn authentication on; --no-auth and no credentials leave it off', () => {
    expect(options(['--access-key-id', 'A', '--access-key-secret', 'S']).accessKeys).toEqual({ A: 'S' });
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'E', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'X' };
    expect(options(['--no-auth'], env).accessKeys).toEqual({});
    const warnings: string[] = [];
    expect(options([], {}, (l) => warnings.push(l)).accessKeys).toEqual({});
    expect(warnings.join()).toMatch(/no credentials/);
  });

  test('repeated flags accumulate; defaults are 127.0.0.1 and port 0', () => {
    const o = options(['--resource-group', 'rg-1', '--resource-group', 'rg-2', '--no-auth']);
    expect(o).toMatchObject({ host: '127.0.0.1', port: 0, resourceGroups: ['rg-1', 'rg-2'] });
  });

  test('the help lists every flag of the table', () => {
    for (const name of Object.keys(EMULATOR_FLAGS)) expect(helpOf(EMULATOR)).toContain(`--${name}`);
  });
});
