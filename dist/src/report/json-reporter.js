import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
/** Writes report.json, the machine-readable result every other tool reads. */
export function jsonReporter() {
    return {
        name: 'json',
        onRunEnd(report, dir) {
            writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
        },
    };
}
