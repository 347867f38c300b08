/** `kpc diff A B`: the drift between two reports; exit 1 when any case drifted. */
import { KpcError } from '../errors.js';
import { renderDiffMarkdown } from '../report/diff-format.js';
import { diffReports } from '../report/diff.js';
import { readReportFile } from '../report/load-report.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
/** `kpc diff`. */
export const DIFF = defineCommand({
    name: 'diff',
    summary: 'Compares what two runs observed, case by case.',
    usage: 'A B [--format md|json]',
    description: [
        'Compares status, error code, body shape and values after normalising volatile values (request ids,',
        'names, keys, fingerprints, timestamps, the host) into numbered placeholders. A and B may be report',
        'files or report directories. Changed messages are listed as information, never as drift.',
    ].join('\n'),
    flags: { format: { type: 'string', placeholder: 'md|json', help: 'output format', default: 'md' } },
    exits: '0 no drift, 1 drift, 2 bad input.',
    async run({ values, positionals }, io) {
        const format = values.format ?? 'md';
        if (format !== 'md' && format !== 'json')
            throw new KpcError('KPC_USAGE', `--format must be md or json (got "${format}")`);
        if (positionals.length !== 2)
            throw new KpcError('KPC_USAGE', `expected two reports, A and B (got ${positionals.length}); see kpc diff --help`);
        const d = diffReports(readReportFile(positionals[0]), readReportFile(positionals[1]));
        io.out(format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : renderDiffMarkdown(d));
        return d.drifted.length > 0 ? EXIT.findings : EXIT.ok;
    },
});
