/**
 * Reading what Pact's verifier reports: it resolves with a JSON summary on success and
 * rejects with the same JSON as an error message on failure. Both become one value that
 * names every interaction and says why the failed ones failed.
 */
/** One line of a mismatch, whatever its shape (Pact nests them differently by kind). */
function describeMismatch(m) {
    if (m === null || m === undefined)
        return [];
    if (typeof m === 'string')
        return [m];
    if (Array.isArray(m))
        return m.flatMap(describeMismatch);
    if (typeof m === 'object') {
        const o = m;
        if (Array.isArray(o['mismatches']))
            return describeMismatch(o['mismatches']);
        if (typeof o['mismatch'] === 'string')
            return [o['mismatch']];
        if (typeof o['message'] === 'string')
            return [o['message']];
    }
    return [JSON.stringify(m)];
}
/** Parses the verifier's JSON; text that is not JSON is one error naming no interaction. */
export function parseVerifierResults(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { ok: false, interactions: [], errors: [text.trim() || 'the verifier failed without a report'] };
    }
    const interactions = (raw.interactionResults ?? []).map((r) => ({
        description: r.description ?? '(unnamed)',
        ok: r.result === 'OK',
        reasons: [],
    }));
    const errors = [];
    for (const e of raw.errors ?? []) {
        const lines = describeMismatch(e.mismatch);
        // Errors name their interaction as "Verifying a pact between C and P [Given S] - DESCRIPTION".
        const label = e.interaction ?? '';
        const owner = interactions
            .filter((i) => label === i.description || label.endsWith(` - ${i.description}`))
            .sort((a, b) => b.description.length - a.description.length)[0];
        if (owner) {
            owner.ok = false;
            owner.reasons.push(...lines);
        }
        else if (label !== '')
            interactions.push({ description: label, ok: false, reasons: lines });
        else
            errors.push(...lines);
    }
    const ok = raw.result === true && errors.length === 0 && interactions.every((i) => i.ok);
    return { ok, interactions, errors };
}
