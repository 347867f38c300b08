import type { Spec } from '../spec/types.ts';
import { compare } from './compare.ts';
import { scopesOf } from './locate.ts';
import type { Page } from './page-model.ts';
import { readPage } from './page.ts';
import { specPage } from './spec-page.ts';
import type { CaseIndex, Drift } from './types.ts';

/**
 * The two checks `kpc spec check` offers, over data the caller has read: a revision of the
 * page against the spec, and one revision against another, both through the spec's rules.
 */

/** What both checks need: the spec, and the cases of `suites/` by rule and by error code. */
export interface CheckInputs {
  spec: Spec;
  cases: CaseIndex;
  /** The text the spec was taken from (its `document.source`): statements it knew without a rule. */
  sourceText?: string;
}

const OPERATION = 'ImportKeyPair';

/** A revision of the page held against the spec. */
export function checkAgainstSpec(page: Page, inputs: CheckInputs): Drift {
  const { spec } = inputs;
  const source = inputs.sourceText === undefined ? undefined : readPage(inputs.sourceText, 'the spec source');
  return compare(specPage(spec, OPERATION), page, {
    operation: spec.operations[OPERATION]!,
    cases: inputs.cases,
    known: source ? scopesOf(source).flatMap((s) => s.statements) : [],
    commonCodes: spec.commonErrors.map((e) => e.code),
  });
}

/** One revision of the page held against another, rule by rule through the spec's rules. */
export function checkPages(old: Page, neu: Page, inputs: CheckInputs): Drift {
  const home = specPage(inputs.spec, OPERATION);
  return compare(old, neu, { operation: inputs.spec.operations[OPERATION]!, cases: inputs.cases, home });
}
