import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KpcError } from '../errors.ts';
import { defineCommand } from './command.ts';
import { main, runCommand } from './main.ts';
import { captureIo } from './test-io.ts';

const failing = (e: unknown) =>
  defineCommand({
    name: 'boom',
    summary: 'fails',
    usage: '',
    flags: { loud: { type: 'boolean', help: 'louder', default: 'off' } },
    exits: '0 never',
    run: async () => {
      throw e;
    },
  });

describe('runCommand', () => {
  test('an unexpected error prints one line, names the file holding its trace, and exits 4', async () => {
    const got = captureIo();
    expect(await runCommand(failing(new TypeError('x is not a function')), [], got.io)).toBe(4);
    const line = got.err().trim();
    expect(line.split('\n')).toHaveLength(1);
    const m = /^kpc boom: internal error: x is not a function \(full trace: (\S+)\)$/.exec(line);
    expect(m).not.toBeNull();
    expect(readFileSync(m![1]!, 'utf8')).toContain('TypeError: x is not a function');
  });

  test("a fault of the user's prints its message and exits 2", async () => {
    const got = captureIo();
    expect(await runCommand(failing(new KpcError('KPC_CONFIG', 'no credentials')), [], got.io)).toBe(2);
    expect(got.err()).toBe('kpc boom: no credentials\n');
  });

  test('-h and --help print the flags with their defaults, from the table', async () => {
    const got = captureIo();
    expect(await runCommand(failing(new Error('never')), ['-h'], got.io)).toBe(0);
    expect(got.out()).toContain('--loud  louder (default: off)');
    expect(got.out()).toContain('Exit codes: 0 never');
  });
});

describe('main', () => {
  test('every command and subcommand answers --help with exit 0', async () => {
    const commands = [
      ['run'],
      ['record'],
      ['emulator'],
      ['generate'],
      ['diff'],
      ['report', 'merge'],
      ['pact', 'generate'],
      ['pact', 'verify'],
      ['pact', 'publish'],
      ['selfcheck'],
      ['sweep'],
      ['spec', 'check'],
    ];
    for (const c of commands) {
      const got = captureIo();
      expect(await main([...c, '--help'], got.io), c.join(' ')).toBe(0);
      expect(got.out(), c.join(' ')).toMatch(new RegExp(`^Usage: kpc ${c.join(' ')}`));
    }
  });
});
