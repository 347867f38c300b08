/** A case's identity fields, as every result of it carries them. */
export function identityOf(c) {
    const { id, title, file, rules, evidence, polarity, scenario, errorRow } = c;
    return { id, title, file, rules, evidence, polarity, scenario, errorRow };
}
/** The result of a case that sent nothing: skipped for a missing capability, or not run at all. */
export function unrun(c, status, reason) {
    return { ...identityOf(c), status, reason, brokenRules: [], steps: [], attempt: 0, durationMs: 0, requests: 0 };
}
