import type { Case, ImportBatchStep, Step, VarSpec } from '../src/cases/types.ts';
import { ruleById } from '../src/spec/load.ts';
import type { Spec } from '../src/spec/types.ts';
import { caseId, makeCase } from './case-kit.ts';

/**
 * DeleteKeyPairs at its documented limit: one call of exactly as many names as a call may
 * carry (api.yaml limits.deleteBatch) is accepted and removes every one of them. The names
 * all exist (an import-batch step imports each with its own fresh key, and makes good an
 * import whose answer was lost), since what a delete of names that do not exist gets is not
 * documented. The case above the limit is hand-written.
 */

/** The rule of the batch limit, and the rule that a delete answered with success removes what it names. */
const MAX_RULE = 'DEL-NAMES-MAX';
const REMOVES_RULE = 'DEL-REMOVES-ALL';
/** The prefix of the batch's names: only this case uses it, so `db${token}*` lists only them. */
const PREFIX = 'db';

/** The accepted delete of the largest batch, then a listing that shows none of it. */
export function deleteBatchCases(spec: Spec): Case[] {
  const max = spec.limits.deleteBatch;
  for (const id of [MAX_RULE, REMOVES_RULE]) ruleById(spec, id);
  // One name var, bound afresh for each key pair of the batch; the batch survives lost answers.
  const vars: Record<string, VarSpec> = { name: { name: { prefix: PREFIX } } };
  const batch: ImportBatchStep = {
    builtin: 'import-batch',
    region: '${region}',
    count: max,
    name: 'name',
    save: 'names',
  };
  const remove: Step = {
    action: 'DeleteKeyPairs',
    params: { RegionId: '${region}', KeyPairNames: '${names}' },
    expect: { status: { match: 'equals', value: 200, rule: MAX_RULE } },
  };
  const list: Step = {
    action: 'DescribeKeyPairs',
    params: { RegionId: '${region}', KeyPairName: `${PREFIX}\${token}*` },
    expect: { status: 200, body: { TotalCount: { match: 'equals', value: 0, rule: REMOVES_RULE } } },
  };
  return [
    makeCase(spec, {
      id: caseId(MAX_RULE, 'valid-boundary', `${max}-names`),
      title: `accepts a DeleteKeyPairs of ${max} names, the most one call may carry, and removes every one of them`,
      rules: [MAX_RULE, REMOVES_RULE],
      scenario: 'valid-boundary',
      polarity: 'positive',
      vars,
      steps: [batch, remove, list],
    }),
  ];
}
