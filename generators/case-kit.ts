import type {
  BuiltinStep,
  Case,
  Expectation,
  Matcher,
  Polarity,
  Requirement,
  Scenario,
  Step,
  VarSpec,
} from '../src/cases/types.ts';
import { KpcError } from '../src/errors.ts';
import { errorRow } from '../src/spec/load.ts';
import type { Spec, Violation } from '../src/spec/types.ts';
import { OP, rule, weakestEvidence } from './spec-view.ts';

/**
 * Building blocks of generated cases: the import step, what acceptance and rejection
 * look like (statuses come from the error table, response checks from the response
 * rules), and a case constructor with a fixed key order so output is byte-stable.
 */

/** The cheapest documented key: used wherever the key is not the point of the case. */
export const CHEAP_KEY = 'ecdsa-nistp256';

/** Fresh name and key vars, the usual pair for a case about something else. */
export function nameAndKey(name: VarSpec = { name: {} }, key: VarSpec = { key: CHEAP_KEY }): Record<string, VarSpec> {
  return { name, key };
}

/** ImportKeyPair params for the usual vars, overridden (or, with undefined, omitted) by `over`. */
export function importParams(over: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    RegionId: '${region}',
    KeyPairName: '${name}',
    PublicKeyBody: '${key}',
    ...over,
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * A successful import, judged on everything the response rules promise: 200, the name
 * echoed, a RequestId string, and the fingerprint of `keyVar` as a digest and as a form.
 */
export function acceptImport(spec: Spec, primaryRule: string, keyVar = 'key', nameExpr = '${name}'): Expectation {
  const body: Record<string, Matcher> = {};
  for (const field of spec.operations[OP]?.response ?? []) {
    const matchers: Matcher[] = [];
    for (const id of field.rules) {
      const c = rule(spec, id).constraint;
      if (c.kind === 'response-field' && c.equals === 'request')
        matchers.push({ match: 'equals', value: nameExpr, rule: id });
      else if (c.kind === 'response-field') matchers.push({ match: 'type', type: 'string', rule: id });
      else if (c.kind === 'fingerprint')
        matchers.push({
          match: 'fingerprint-of',
          key: keyVar,
          form: c.format === 'md5-colon' ? 'colon' : 'any',
          rule: id,
        });
    }
    const [only] = matchers;
    if (only !== undefined) body[field.name] = matchers.length === 1 ? only : { match: 'all-of', matchers };
  }
  return { status: { match: 'equals', value: 200, rule: primaryRule }, body };
}

/** The response rule ids a successful import is judged on (they join the case's rules). */
export function responseRules(spec: Spec): string[] {
  return (spec.operations[OP]?.response ?? []).flatMap((f) => f.rules);
}

/**
 * A rejection as the violation allows it: status and Code from the error table, one of
 * several rows, or only a 4xx where the document names no code.
 */
export function rejectImport(spec: Spec, violation: Violation, primaryRule: string): Expectation {
  if ('statusClass' in violation)
    return { status: { match: 'status-class', class: violation.statusClass, rule: primaryRule } };
  const codes = 'error' in violation ? [violation.error] : violation.oneOf;
  const statuses = [...new Set(codes.map((code) => statusOf(spec, code)))];
  const [status] = statuses;
  const [code] = codes;
  return {
    status:
      statuses.length === 1
        ? { match: 'equals', value: status, rule: primaryRule }
        : { match: 'one-of', values: statuses, rule: primaryRule },
    body: {
      Code:
        codes.length === 1
          ? { match: 'equals', value: code, rule: primaryRule }
          : { match: 'one-of', values: codes, rule: primaryRule },
    },
  };
}

/** The HTTP status of an error code, read from the operation's table (then the common one). */
export function statusOf(spec: Spec, code: string): number {
  const row = errorRow(spec, OP, code);
  if (!row) throw new KpcError('KPC_SPEC', `error code ${code} is in no error table`);
  return row.status;
}

/** The violation of rule `id`, which must have one. */
export function violationOf(spec: Spec, id: string): Violation {
  const v = rule(spec, id).violation;
  if (!v) throw new KpcError('KPC_SPEC', `rule ${id} has no violation to provoke`);
  return v;
}

/** The error row a violation targets: its (first) code; none for a bare status class. */
export function rowOf(violation: Violation): string | undefined {
  if ('error' in violation) return violation.error;
  if ('oneOf' in violation) return violation.oneOf[0];
  return undefined;
}

/** "with X", "with X or Y", "with a 4xx error": how a title names the expected outcome. */
export function outcomeText(violation: Violation): string {
  if ('error' in violation) return `with ${violation.error}`;
  if ('oneOf' in violation) return `with ${violation.oneOf.join(' or ')}`;
  return `with a ${violation.statusClass} error`;
}

/** One ImportKeyPair step; a bare status-class rejection also records the code the target chose. */
export function importStep(params: Record<string, string>, expect: Expectation): Step {
  const step: Step = { action: OP, params, expect };
  const status = expect.status;
  if (typeof status === 'object' && status !== null && 'match' in status && status.match === 'status-class')
    step.observe = ['body.Code'];
  return step;
}

/** What makeCase needs; evidence is derived from the rules unless given. */
export interface CaseInput {
  id: string;
  title: string;
  rules: string[];
  scenario: Scenario;
  polarity: Polarity;
  errorRow?: string | undefined;
  requires?: Requirement[];
  vars?: Record<string, VarSpec>;
  steps: Array<Step | BuiltinStep>;
}

/** A case with its keys in schema order and evidence taken from its weakest rule. */
export function makeCase(spec: Spec, input: CaseInput): Case {
  const rules = [...new Set(input.rules)];
  // Key order is insertion order: what, why, with what, then how (steps last).
  return {
    id: input.id,
    title: input.title,
    rules,
    scenario: input.scenario,
    polarity: input.polarity,
    evidence: weakestEvidence(spec, rules),
    ...(input.errorRow !== undefined ? { errorRow: input.errorRow } : {}),
    ...(input.requires !== undefined ? { requires: input.requires } : {}),
    ...(input.vars !== undefined ? { vars: input.vars } : {}),
    steps: input.steps,
  };
}

/** A case id: `<rule id in lower case>/<scenario>/<slug>`. */
export function caseId(ruleId: string, scenario: Scenario, slug: string): string {
  return `${ruleId.toLowerCase()}/${scenario}/${slug}`;
}
