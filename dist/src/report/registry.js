import { KpcError } from '../errors.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json-reporter.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { exchangesReporter } from './exchanges.js';
import { progressReporter } from './progress.js';
import { emit } from './reporter.js';
const FACTORIES = {
    json: () => jsonReporter(),
    md: (env) => markdownReporter({ stepSummary: env.stepSummary }),
    junit: () => junitReporter(),
    html: () => htmlReporter(),
    progress: (env) => progressReporter(env.progress ?? { stream: { write: () => true } }),
    exchanges: () => exchangesReporter(),
};
/** Every reporter name. */
export const REPORTER_NAMES = Object.keys(FACTORIES);
/** Reporters that write files when a run ends (what `kpc report merge` writes). */
export const FILE_REPORTERS = ['json', 'md', 'junit', 'html'];
/** The reporters `kpc run` uses when none is named. */
export const DEFAULT_REPORTERS = [...FILE_REPORTERS, 'progress'];
/** Builds reporters by name (json always first); an unknown name is a usage error listing the known ones. */
export function createReporters(names, env = {}) {
    const wanted = names === undefined || names.length === 0
        ? DEFAULT_REPORTERS
        : names
            .flatMap((n) => n.split(','))
            .map((n) => n.trim())
            .filter(Boolean);
    for (const n of wanted)
        if (!FACTORIES[n])
            throw new KpcError('KPC_USAGE', `--reporter ${n}: unknown reporter (known: ${REPORTER_NAMES.join(', ')})`);
    return ['json', ...wanted.filter((n) => n !== 'json')]
        .filter((n, i, a) => a.indexOf(n) === i)
        .map((n) => FACTORIES[n](env));
}
/** Writes every file reporter's output for a finished report (a merge has no live run to report on). */
export async function writeReportFiles(report, dir, env = {}) {
    await emit(createReporters(FILE_REPORTERS, env), 'onRunEnd', [report, dir]);
}
