import { KpcError } from '../errors.ts';
import { diffReports } from '../report/diff.ts';
import { renderDiffMarkdown } from '../report/diff-format.ts';
import { readReportFile } from '../report/load-report.ts';
import { flagHelp, parseFlags, type FlagSpec } from './flags.ts';

/** The flags of `kpc diff`. */
export const DIFF_FLAGS = {
  format: { type: 'string', placeholder: 'md|json', help: 'output format (default md)' },
} satisfies Record<string, FlagSpec>;

const HELP = `Usage: kpc diff A.json B.json [--format md|json]

Compares the observed behaviour of two reports case by case (status, error code, body
shape and values) after normalising volatile values (request ids, names, keys,
fingerprints, timestamps, the host) into numbered placeholders. A and B may be report
files or report directories. Changed messages are listed as information, never as drift.

${flagHelp(DIFF_FLAGS)}

Exit codes: 0 no drift, 1 drift, 2 bad input.`;

/** `kpc diff A B`: prints the drift between two reports; exit 1 when any case drifted. */
export async function diffCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { values, positionals } = parseFlags(argv, DIFF_FLAGS);
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json')
    throw new KpcError('KPC_USAGE', `--format must be md or json (got "${format}")`);
  if (positionals.length !== 2)
    throw new KpcError('KPC_USAGE', `expected two reports, A and B (got ${positionals.length}); see kpc diff --help`);
  const [a, b] = positionals.map(readReportFile) as [
    ReturnType<typeof readReportFile>,
    ReturnType<typeof readReportFile>,
  ];
  const d = diffReports(a, b);
  process.stdout.write(format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : renderDiffMarkdown(d));
  return d.drifted.length > 0 ? 1 : 0;
}
