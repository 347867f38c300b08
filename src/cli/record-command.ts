import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KpcError } from '../errors.ts';
import { readReportFile } from '../report/load-report.ts';
import type { Report } from '../report/types.ts';
import { flagHelp, parseFlags } from './flags.ts';
import { RUN_FLAGS, RUN_HELP, runCommand } from './run-command.ts';

/**
 * `kpc record`: a `kpc run` whose report is kept as a baseline, stamped with when it was
 * recorded; the region, the target and the document revision are in it already. Later
 * runs compare against it with `kpc run --baseline FILE` or `kpc diff`.
 */

const HELP = `Usage: kpc record [kpc run options] --out FILE

Runs the suite like kpc run, then writes its report as a baseline to FILE, stamped with
the time it was recorded (region, target and document revision are part of every report).
A non-conformant target is still recorded: a baseline records what a service does.

  --out FILE  where the baseline goes, e.g. vendor/report.json (required)

kpc run options:
${flagHelp(RUN_FLAGS)}

Exit codes: 0 recorded, 2 usage or configuration error, 3 inconclusive (recorded, but hardly a baseline).`;

/** Splits `--out FILE` / `--out=FILE` from the arguments meant for kpc run. */
export function splitOut(argv: readonly string[]): { out: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      out = argv[i + 1];
      if (out === undefined || out.startsWith('--'))
        throw new KpcError('KPC_USAGE', '--out needs a file, e.g. --out vendor/report.json');
      i++;
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else rest.push(a);
  }
  return { out, rest };
}

/** A report stamped as a baseline, `recordedAt` right after the identity fields so it reads first. */
export function asBaseline(r: Report, at: Date): Report {
  const { schemaVersion, tool, target, spec, ...rest } = r;
  return { schemaVersion, tool, recordedAt: at.toISOString(), target, spec, ...rest };
}

/** `kpc record`: runs the suite and writes the report as a dated baseline. */
export async function recordCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${HELP}\n\n${RUN_HELP}\n`);
    return 0;
  }
  const { out, rest } = splitOut(argv);
  if (!out)
    throw new KpcError('KPC_USAGE', '--out FILE is required: where the baseline goes, e.g. --out vendor/report.json');
  const { values } = parseFlags(rest, RUN_FLAGS);
  if (values.baseline) throw new KpcError('KPC_USAGE', '--baseline makes no sense while recording one');
  const code = await runCommand(rest);
  if (code !== 0 && code !== 1 && code !== 3) return code;
  const report = readReportFile(resolve(values['report-dir'] ?? 'reports/latest'));
  const file = resolve(out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(asBaseline(report, new Date()), null, 2)}\n`);
  process.stdout.write(
    `baseline recorded: ${file} (${report.target.url}, ${report.target.region}, document revision ${report.spec.revision}, ${report.verdict})\n`,
  );
  return code === 3 ? 3 : 0;
}
