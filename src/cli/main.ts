/**
 * The `kpc` command: a table of commands, each loaded only when used so that `kpc --help`
 * stays instant and `kpc emulator` loads no runner. The only layer that prints or exits:
 * every fault becomes one line and an exit code here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isKpcError } from '../errors.ts';
import { packageVersion } from '../package-root.ts';
import { helpOf, type Command, type Io } from './command.ts';
import { EXIT, exitCodeOf } from './exit.ts';
import { parseFlags } from './flags.ts';

type Load = () => Promise<Command>;

/** A command, or a group of subcommands (`kpc pact verify`). */
type Entry = { summary: string; load: Load } | { summary: string; subcommands: Record<string, Load> };

const ENTRIES: Record<string, Entry> = {
  run: {
    summary: 'run the conformance suite against a target (default: the embedded emulator)',
    load: async () => (await import('./run.ts')).RUN,
  },
  record: {
    summary: 'run the suite and keep the report as a dated baseline for parity checks',
    load: async () => (await import('./record.ts')).RECORD,
  },
  emulator: { summary: 'start the reference emulator', load: async () => (await import('./emulator.ts')).EMULATOR },
  generate: {
    summary: 'regenerate suites/generated/*.yaml from specs/',
    load: async () => (await import('./generate.ts')).GENERATE,
  },
  diff: {
    summary: 'compare two reports case by case (status, code, body shape); exit 1 on drift',
    load: async () => (await import('./diff.ts')).DIFF,
  },
  spec: {
    summary: "hold a revision of the vendor's ImportKeyPair page against the spec; exit 1 on drift",
    subcommands: { check: async () => (await import('./spec.ts')).SPEC_CHECK },
  },
  report: {
    summary: 'report tools: merge shard reports into one',
    subcommands: { merge: async () => (await import('./report.ts')).MERGE },
  },
  pact: {
    summary: 'generate the Pact contract from the cases, verify a provider against it, publish it',
    subcommands: {
      generate: async () => (await import('./pact.ts')).PACT_GENERATE,
      verify: async () => (await import('./pact.ts')).PACT_VERIFY,
      publish: async () => (await import('./pact.ts')).PACT_PUBLISH,
    },
  },
  selfcheck: {
    summary: 'run the suite against every faulty emulator (mutant) and print the kill matrix',
    load: async () => (await import('./selfcheck.ts')).SELFCHECK,
  },
  sweep: {
    summary: 'delete key pairs that a crashed run left behind (from its ledger)',
    load: async () => (await import('./sweep.ts')).SWEEP,
  },
};

const isHelp = (a: string | undefined): boolean => a === '-h' || a === '--help' || a === 'help';

function overview(): string {
  const width = Math.max(...Object.keys(ENTRIES).map((k) => k.length));
  const lines = Object.entries(ENTRIES).map(([name, e]) => {
    const subs = 'subcommands' in e ? ` (${Object.keys(e.subcommands).join(', ')})` : '';
    return `  ${name.padEnd(width)}  ${e.summary}${subs}`;
  });
  return [
    `kpc ${packageVersion()}: conformance suite for Alibaba Cloud ECS ImportKeyPair (2014-05-26)`,
    '',
    'Usage: kpc <command> [options]       kpc <command> --help: every option of a command',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help',
    '  -v, --version  print the version',
    '',
    'Start here:  kpc run        (runs the whole suite against the embedded emulator)',
  ].join('\n');
}

function groupHelp(name: string, e: Extract<Entry, { subcommands: unknown }>): string {
  return [
    `Usage: kpc ${name} <${Object.keys(e.subcommands).join('|')}> [options]`,
    '',
    e.summary,
    '',
    `kpc ${name} <subcommand> --help: its options`,
  ].join('\n');
}

/** Finds the command argv names; resolves with it and the arguments left, or a help text to print. */
async function resolveCommand(
  argv: readonly string[],
): Promise<{ command: Command; rest: string[] } | { help: string; code: number }> {
  const [first, ...rest] = argv;
  const entry = first === undefined ? undefined : ENTRIES[first];
  if (!entry) {
    if (first === undefined || isHelp(first)) return { help: overview(), code: EXIT.ok };
    return {
      help: `kpc: unknown command "${first}". Commands: ${Object.keys(ENTRIES).join(', ')}. See kpc --help.`,
      code: EXIT.usage,
    };
  }
  if ('load' in entry) return { command: await entry.load(), rest };
  const [sub, ...subRest] = rest;
  const load = sub === undefined ? undefined : entry.subcommands[sub];
  if (load) return { command: await load(), rest: subRest };
  if (sub === undefined || isHelp(sub))
    return { help: groupHelp(first!, entry), code: sub === undefined ? EXIT.usage : EXIT.ok };
  return {
    help: `kpc ${first}: unknown subcommand "${sub}" (use ${Object.keys(entry.subcommands).join(', ')})`,
    code: EXIT.usage,
  };
}

/** Writes the trace of an unexpected error to a file and returns where. */
function saveTrace(e: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kpc-error-')), 'trace.txt');
  writeFileSync(file, `${(e as Error)?.stack ?? String(e)}\n`);
  return file;
}

/** Runs one command with its arguments: -h/--help from its table, faults as one line and an exit code. */
export async function runCommand(command: Command, argv: readonly string[], io: Io): Promise<number> {
  if (argv.some((a) => a === '-h' || a === '--help')) return (io.out(`${helpOf(command)}\n`), EXIT.ok);
  try {
    return await command.run(parseFlags(argv, command.flags), io);
  } catch (e) {
    if (isKpcError(e) && e.code !== 'KPC_INTERNAL') {
      io.err(`kpc ${command.name}: ${e.message}\n`);
      return exitCodeOf(e);
    }
    io.err(
      `kpc ${command.name}: internal error: ${(e as Error)?.message ?? String(e)} (full trace: ${saveTrace(e)})\n`,
    );
    return EXIT.internal;
  }
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === '-v' || argv[0] === '--version') return (io.out(`${packageVersion()}\n`), EXIT.ok);
  const found = await resolveCommand(argv);
  if ('help' in found) {
    (found.code === EXIT.ok ? io.out : io.err)(`${found.help}\n`);
    return found.code;
  }
  return runCommand(found.command, found.rest, io);
}
