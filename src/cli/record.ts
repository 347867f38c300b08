/**
 * `kpc record`: a `kpc run` whose report is kept as a baseline, stamped with when it was
 * recorded; the region, the target and the document revision are in it already. Later runs
 * compare against it with `kpc run --baseline FILE` or `kpc diff`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KpcError } from '../errors.ts';
import type { Report } from '../report/types.ts';
import { defineCommand } from './command.ts';
import { EXIT } from './exit.ts';
import { noPositionals } from './flags.ts';
import { RUN_FLAGS, runFromFlags } from './run.ts';

/** A report stamped as a baseline, `recordedAt` right after the identity fields so it reads first. */
export function asBaseline(r: Report, at: Date): Report {
  const { schemaVersion, tool, target, spec, ...rest } = r;
  return { schemaVersion, tool, recordedAt: at.toISOString(), target, spec, ...rest };
}

const { baseline: _baseline, ...RUN_OPTIONS } = RUN_FLAGS;

/** `kpc record`. */
export const RECORD = defineCommand({
  name: 'record',
  summary: 'Runs the suite like kpc run, then writes its report as a dated baseline.',
  usage: '--out FILE [kpc run options]',
  description: [
    'The baseline is stamped with the time it was recorded (region, target and document revision are part',
    'of every report). A non-conformant target is recorded all the same: a baseline records what a service does.',
  ].join('\n'),
  flags: {
    out: { type: 'string', placeholder: 'FILE', help: 'where the baseline goes, e.g. vendor/report.json (required)' },
    ...RUN_OPTIONS,
  },
  exits:
    '0 recorded, 2 usage or configuration error, 3 inconclusive (recorded, but hardly a baseline), ' +
    '4 internal error, 130 interrupted.',
  async run({ values, positionals }, io) {
    noPositionals('kpc record', positionals);
    const { out, ...runValues } = values;
    if (!out)
      throw new KpcError('KPC_USAGE', '--out FILE is required: where the baseline goes, e.g. --out vendor/report.json');
    const { report, code } = await runFromFlags(runValues, io);
    if (code === EXIT.interrupted) return code;
    const file = resolve(out);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(asBaseline(report, new Date()), null, 2)}\n`);
    io.out(
      `baseline recorded: ${file} (${report.target.url}, ${report.target.region}, ` +
        `document revision ${report.spec.revision}, ${report.verdict})\n`,
    );
    return code === EXIT.inconclusive ? EXIT.inconclusive : EXIT.ok;
  },
});
