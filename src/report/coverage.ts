import type { LoadedCase } from '../cases/load.ts';
import { codeRefs, ruleRefs } from '../cases/refs.ts';
import type { CaseResult, StepRecord } from '../engine/index.ts';
import { violationCodes } from '../spec/predicates.ts';
import type { Rule, Spec } from '../spec/types.ts';
import type { ErrorRowCoverage, Finding, RuleCoverage } from './types.ts';

/**
 * The coverage table: every rule of every operation (ImportKeyPair's first) and every error
 * row of ImportKeyPair with the cases that covered it. A rule is covered only where a judged
 * case evaluated an expectation citing it (`judged`), or where a passive check of it applied
 * to an answer (`passive`: the InternalError check counts only in a run where a 500 came
 * back). A documented or inferred rule covered neither way is a hole. A finding outside the
 * cases (teardown's) that breaks a rule marks it failed and judged: it was seen broken.
 */

type Coverage = { rules: RuleCoverage[]; errorRows: ErrorRowCoverage[]; holes: string[] };

const judgedStatus = (r: CaseResult): boolean => r.status === 'passed' || r.status === 'failed';

/** Every step a case ran, the discarded attempts' included (a passive check sees those answers too). */
function allSteps(r: CaseResult): StepRecord[] {
  return [...r.steps, ...(r.discarded ?? []).flatMap((d) => d.steps)];
}

function ruleCoverage(
  rule: Rule,
  results: readonly CaseResult[],
  byId: ReadonlyMap<string, LoadedCase>,
  findings: readonly Finding[],
): RuleCoverage {
  const asserted = results.filter((r) => judgedStatus(r) && r.steps.some((s) => s.asserted?.includes(rule.id)));
  const seen = results.filter((r) => allSteps(r).some((s) => s.seen?.includes(rule.id)));
  const observed = results.filter(
    (r) => r.status === 'observed' && byId.get(r.id) && ruleRefs(byId.get(r.id)!).has(rule.id),
  );
  const found = [...new Set(findings.filter((f) => f.rule === rule.id).map((f) => f.source))];
  const status: RuleCoverage['status'] =
    asserted.length > 0 || found.length > 0
      ? 'judged'
      : seen.length > 0
        ? 'passive'
        : observed.length > 0
          ? 'observed'
          : 'hole';
  const hits = [...new Set([...asserted, ...seen, ...observed])];
  const failed = hits.filter((r) => r.status === 'failed' && r.brokenRules.includes(rule.id));
  const { id, title, evidence } = rule;
  const cov: RuleCoverage = {
    id,
    title,
    evidence,
    status,
    cases: hits.map((r) => r.id),
    failed: failed.map((r) => r.id),
  };
  return found.length > 0 ? { ...cov, findings: found } : cov;
}

/** Every rule of the spec, ImportKeyPair's first, then the other operations' in spec order. */
function rulesInOrder(spec: Spec): Rule[] {
  const ops = Object.values(spec.operations);
  return [...ops.filter((o) => o.name === 'ImportKeyPair'), ...ops.filter((o) => o.name !== 'ImportKeyPair')].flatMap(
    (o) => o.rules,
  );
}

/** Builds the coverage table from the results of a run and what it found outside its cases. */
export function buildCoverage(
  spec: Spec,
  cases: readonly LoadedCase[],
  results: readonly CaseResult[],
  findings: readonly Finding[] = [],
): Coverage {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const op = spec.operations.ImportKeyPair!;
  const rules = rulesInOrder(spec).map((rule) => ruleCoverage(rule, results, byId, findings));
  // A row is seen passively when a check of a rule whose violation is that row applied.
  const seenRows = new Set(
    op.rules
      .filter((r) => rules.find((c) => c.id === r.id)?.status === 'passive' && r.violation)
      .flatMap((r) => violationCodes(r.violation!)),
  );
  const errorRows: ErrorRowCoverage[] = op.errors.map((row) => {
    const hits = results
      .filter((r) => judgedStatus(r) && byId.get(r.id) && codeRefs(byId.get(r.id)!).has(row.code))
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
