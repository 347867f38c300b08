import { readFileSync } from 'node:fs';
import { isKpcError } from '../errors.ts';

/**
 * The `kpc` command: a table of subcommands, each loaded only when used so that
 * `kpc --help` stays instant and `kpc emulator` does not load vitest.
 */

interface Command {
  summary: string;
  usage: string;
  /** The command prints its own, fuller --help (flag tables). */
  ownHelp?: boolean;
  load: () => Promise<(argv: string[]) => Promise<number>>;
}

const COMMANDS: Record<string, Command> = {
  run: {
    summary: 'run the conformance suite against a target (default: the embedded emulator)',
    usage:
      'kpc run [--target URL] [--region R] [--second-region R] [--quota-test] [--report-dir DIR] [--only GLOB] ...',
    ownHelp: true,
    load: async () => (await import('./run-command.ts')).runCommand,
  },
  emulator: {
    summary: 'start the reference emulator',
    usage:
      'kpc emulator [--host 127.0.0.1] [--port 0] [--access-key-id ID --access-key-secret S | --no-auth] [--state-file F] [--fault SPEC]',
    load: async () => (await import('../../emulator/cli.ts')).emulatorCommand,
  },
  generate: {
    summary: 'regenerate suites/generated/*.yaml from specs/',
    usage: 'kpc generate [--check]',
    load: async () => (await import('../../generators/cli.ts')).generateCommand,
  },
  record: {
    summary: 'run the suite and keep the result as a dated baseline for parity checks',
    usage: 'kpc record [kpc run options] --out vendor/report.json',
    load: async () => (await import('./record-command.ts')).recordCommand,
  },
  diff: {
    summary: 'compare two reports case by case (status, code, body shape); exit 1 on drift',
    usage: 'kpc diff A.json B.json [--format md|json]',
    load: async () => (await import('./diff-command.ts')).diffCommand,
  },
  spec: {
    summary: "hold a revision of the vendor's ImportKeyPair page against the spec; exit 1 on drift",
    usage: 'kpc spec check DOC [--against NEW] [--format md|json] [--out FILE]',
    ownHelp: true,
    load: async () => (await import('./spec-command.ts')).specCommand,
  },
  report: {
    summary: 'report tools: merge shard reports into one',
    usage: 'kpc report merge DIR... [--out DIR]',
    load: async () => (await import('./report-command.ts')).reportCommand,
  },
  pact: {
    summary: 'generate the Pact contract from the cases, or verify a provider against it',
    usage:
      'kpc pact generate | kpc pact verify --target URL [--region R] [--publish] | kpc pact publish (kpc pact help: every flag)',
    ownHelp: true,
    load: async () => (await import('../pact/cli.ts')).pactCommand,
  },
  selfcheck: {
    summary: 'run the suite against every faulty emulator (mutant) and print the kill matrix',
    usage: 'kpc selfcheck [--only NAME] [--jobs N]',
    load: async () => (await import('../selfcheck/cli.ts')).selfcheckCommand,
  },
  sweep: {
    summary: 'delete key pairs that a crashed run left behind (from its ledger)',
    usage: 'kpc sweep --target URL --region R [--report-dir DIR] [--older-than 1h]',
    ownHelp: true,
    load: async () => (await import('./sweep-command.ts')).sweepCommand,
  },
};

/** The package version, read from package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `kpc ${version()}: conformance suite for Alibaba Cloud ECS ImportKeyPair (2014-05-26)`,
    '',
    'Usage: kpc <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also: kpc <command> --help)',
    '  -v, --version  print the version',
    '',
    'Start here:  kpc run        (runs the whole suite against the embedded emulator)',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const cmd = COMMANDS[first];
  if (!cmd) {
    process.stderr.write(
      `kpc: unknown command "${first}". Commands: ${Object.keys(COMMANDS).join(', ')}. See kpc --help.\n`,
    );
    return 2;
  }
  if (!cmd.ownHelp && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${cmd.summary}\n\nUsage: ${cmd.usage}\n`);
    return 0;
  }
  try {
    const run = await cmd.load();
    return await run(rest);
  } catch (e) {
    if (isKpcError(e)) {
      process.stderr.write(`kpc ${first}: ${e.message}\n`);
      return e.code === 'KPC_USAGE' || e.code === 'KPC_CONFIG' || e.code === 'KPC_CASE_FILE' || e.code === 'KPC_SPEC'
        ? 2
        : 3;
    }
    throw e;
  }
}
