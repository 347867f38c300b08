import type { NameSpec } from '../src/cases/types.ts';
import { KpcError } from '../src/errors.ts';
import { satisfies, valueRules } from '../src/spec/predicates.ts';
import type { Spec } from '../src/spec/types.ts';
import { overflows, representativeNames, sampleName, seededRandom } from './name-sample.ts';
import { OP } from './spec-view.ts';

/**
 * The polarity of a name case, decided by the spec's own predicates: the rules a name
 * breaks. A NameSpec is labelled from its extreme resolutions and then checked against
 * random ones, so a case can never say "accepts" for a name the spec rejects.
 */

/** Ids of every KeyPairName value rule `name` breaks, in spec order (empty: valid). */
export function brokenNameRules(spec: Spec, name: string): string[] {
  return valueRules(spec, OP, 'KeyPairName')
    .filter((r) => satisfies(r.constraint, name) === false)
    .map((r) => r.id);
}

/**
 * The rules every resolution of `ns` breaks; a fault when resolutions disagree (the label
 * would then depend on the run's token or on random fill, and the case would be flaky).
 */
export function labelNameSpec(spec: Spec, ns: NameSpec): string[] {
  if (overflows(ns))
    throw new KpcError('KPC_INTERNAL', `name spec ${JSON.stringify(ns)} fixes more characters than its length`);
  const [first, ...rest] = representativeNames(ns).map((n) => brokenNameRules(spec, n).join(','));
  for (const other of rest) {
    if (other !== first)
      throw new KpcError(
        'KPC_INTERNAL',
        `name spec ${JSON.stringify(ns)} is ambiguous: resolutions break [${first}] or [${other}]`,
      );
  }
  return first === undefined || first === '' ? [] : first.split(',');
}

/** Throws unless `samples` random resolutions of `ns` break exactly `expected` (seeded: reproducible). */
export function verifyNameLabel(spec: Spec, ns: NameSpec, expected: readonly string[], seed = 1, samples = 32): void {
  const random = seededRandom(seed);
  const want = expected.join(',');
  for (let i = 0; i < samples; i++) {
    const name = sampleName(ns, random);
    const got = brokenNameRules(spec, name).join(',');
    if (got !== want) {
      throw new KpcError(
        'KPC_INTERNAL',
        `name spec ${JSON.stringify(ns)} is labelled [${want}] but the sample ${JSON.stringify(name)} breaks [${got}]`,
      );
    }
  }
}
