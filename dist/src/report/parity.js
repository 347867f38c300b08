import { changeLine, diffReports } from './diff.js';
/**
 * Parity with a recorded baseline: does the target behave as the recorded service did?
 * The same comparison as `kpc diff`, read from the current run's side: only cases both
 * ran to a verdict count, and cases the baseline cannot vouch for are listed as unverified.
 */
/** Where a baseline came from: when it was recorded, where, against which document. */
export function baselineInfo(b) {
    return {
        date: b.recordedAt ?? b.finishedAt,
        region: b.target.region,
        revision: b.spec.revision,
        target: b.target.url,
    };
}
/** The parity of `current` with `baseline`. */
export function parityOf(current, baseline) {
    const d = diffReports(baseline, current);
    const info = baselineInfo(baseline);
    const warnings = [];
    if (info.region !== current.target.region)
        warnings.push(`the baseline was recorded in ${info.region}, this run is in ${current.target.region}`);
    if (info.revision !== current.spec.revision)
        warnings.push(`the baseline was recorded against document revision ${info.revision}, this run uses ${current.spec.revision}`);
    return {
        baseline: info,
        verdict: d.drifted.length > 0 ? 'drifted' : 'same',
        drifted: d.drifted.map((c) => c.id),
        compared: d.compared,
        unverified: [...d.added, ...d.notCompared.map((n) => n.id)],
        changes: Object.fromEntries(d.drifted.map((c) => [c.id, c.changes.map(changeLine)])),
        warnings,
    };
}
