import { codeRefs, ruleRefs } from '../cases/refs.js';
import { violationCodes } from '../spec/predicates.js';
const judgedStatus = (r) => r.status === 'passed' || r.status === 'failed';
/** Every step a case ran, the discarded attempts' included (a passive check sees those answers too). */
function allSteps(r) {
    return [...r.steps, ...(r.discarded ?? []).flatMap((d) => d.steps)];
}
function ruleCoverage(rule, results, byId) {
    const asserted = results.filter((r) => judgedStatus(r) && r.steps.some((s) => s.asserted?.includes(rule.id)));
    const seen = results.filter((r) => allSteps(r).some((s) => s.seen?.includes(rule.id)));
    const observed = results.filter((r) => r.status === 'observed' && byId.get(r.id) && ruleRefs(byId.get(r.id)).has(rule.id));
    const status = asserted.length > 0 ? 'judged' : seen.length > 0 ? 'passive' : observed.length > 0 ? 'observed' : 'hole';
    const hits = [...new Set([...asserted, ...seen, ...observed])];
    const failed = hits.filter((r) => r.status === 'failed' && r.brokenRules.includes(rule.id));
    const { id, title, evidence } = rule;
    return { id, title, evidence, status, cases: hits.map((r) => r.id), failed: failed.map((r) => r.id) };
}
/** Builds the coverage table from the results of a run. */
export function buildCoverage(spec, cases, results) {
    const byId = new Map(cases.map((c) => [c.id, c]));
    const op = spec.operations.ImportKeyPair;
    const rules = op.rules.map((rule) => ruleCoverage(rule, results, byId));
    // A row is seen passively when a check of a rule whose violation is that row applied.
    const seenRows = new Set(op.rules
        .filter((r) => rules.find((c) => c.id === r.id)?.status === 'passive' && r.violation)
        .flatMap((r) => violationCodes(r.violation)));
    const errorRows = op.errors.map((row) => {
        const hits = results
            .filter((r) => judgedStatus(r) && byId.get(r.id) && codeRefs(byId.get(r.id)).has(row.code))
            .map((r) => r.id);
        const coverage = hits.length > 0 ? 'judged' : seenRows.has(row.code) ? 'passive' : 'hole';
        return { code: row.code, status: row.status, cases: hits, coverage };
    });
    const holes = [
        ...rules.filter((r) => r.status === 'hole' && r.evidence !== 'undocumented').map((r) => `rule ${r.id}`),
        ...rules.filter((r) => r.evidence === 'undocumented' && r.status === 'hole').map((r) => `observation ${r.id}`),
        ...errorRows.filter((e) => e.coverage === 'hole').map((e) => `error row ${e.status} ${e.code}`),
    ];
    return { rules, errorRows, holes };
}
