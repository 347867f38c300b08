import { codeRefs, ruleRefs } from '../cases/refs.js';
import { CHECKS } from '../checks/checks.js';
/**
 * The coverage table: every rule and every error row of ImportKeyPair with the cases that
 * exercised it. A documented or inferred rule that no judged case reached is a hole.
 */
/** Builds the coverage table from the cases that ran. */
export function buildCoverage(spec, cases, results) {
    const byId = new Map(cases.map((c) => [c.id, c]));
    const ran = results.filter((r) => r.status === 'passed' || r.status === 'failed' || r.status === 'observed');
    const passiveRules = new Set(CHECKS.map((c) => c.rule));
    const op = spec.operations.ImportKeyPair;
    const rules = op.rules.map((rule) => {
        const hits = ran.filter((r) => byId.get(r.id) && ruleRefs(byId.get(r.id)).has(rule.id));
        const judged = hits.filter((r) => r.status !== 'observed');
        const status = judged.length > 0
            ? 'judged'
            : passiveRules.has(rule.id) && ran.length > 0
                ? 'passive'
                : hits.length > 0
                    ? 'observed'
                    : 'hole';
        return {
            id: rule.id,
            title: rule.title,
            evidence: rule.evidence,
            status,
            cases: hits.map((r) => r.id),
            failed: hits.filter((r) => r.status === 'failed').map((r) => r.id),
        };
    });
    const errorRows = op.errors.map((row) => {
        const hits = ran
            .filter((r) => r.status !== 'observed' && byId.get(r.id) && codeRefs(byId.get(r.id)).has(row.code))
            .map((r) => r.id);
        const passive = CHECKS.some((c) => c.rule === 'IKP-ERR-INTERNAL') && row.code === 'InternalError';
        return {
            code: row.code,
            status: row.status,
            cases: hits,
            coverage: hits.length > 0 ? 'judged' : passive && ran.length > 0 ? 'passive' : 'hole',
        };
    });
    const holes = [
        ...rules.filter((r) => r.status === 'hole' && r.evidence !== 'undocumented').map((r) => `rule ${r.id}`),
        ...rules.filter((r) => r.evidence === 'undocumented' && r.status === 'hole').map((r) => `observation ${r.id}`),
        ...errorRows.filter((e) => e.coverage === 'hole').map((e) => `error row ${e.status} ${e.code}`),
    ];
    return { rules, errorRows, holes };
}
