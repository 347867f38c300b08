import { KpcError } from '../src/errors.js';
import { satisfies, valueRules } from '../src/spec/predicates.js';
import { overflows, representativeNames, sampleName, seededRandom } from './name-sample.js';
import { OP } from './spec-view.js';
/**
 * The polarity of a name case, decided by the spec's own predicates: the rules a name
 * breaks. A NameSpec is labelled from its extreme resolutions and then checked against
 * random ones, so a case can never say "accepts" for a name the spec rejects.
 */
/** Ids of every KeyPairName value rule `name` breaks, in spec order (empty: valid). */
export function brokenNameRules(spec, name) {
    return valueRules(spec, OP, 'KeyPairName')
        .filter((r) => satisfies(r.constraint, name) === false)
        .map((r) => r.id);
}
/**
 * The rules every resolution of `ns` breaks; a fault when resolutions disagree (the label
 * would then depend on the run's token or on random fill, and the case would be flaky).
 */
export function labelNameSpec(spec, ns) {
    if (overflows(ns))
        throw new KpcError('KPC_INTERNAL', `name spec ${JSON.stringify(ns)} fixes more characters than its length`);
    const [first, ...rest] = representativeNames(ns).map((n) => brokenNameRules(spec, n).join(','));
    for (const other of rest) {
        if (other !== first)
            throw new KpcError('KPC_INTERNAL', `name spec ${JSON.stringify(ns)} is ambiguous: resolutions break [${first}] or [${other}]`);
    }
    return first === undefined || first === '' ? [] : first.split(',');
}
/** Throws unless `samples` random resolutions of `ns` break exactly `expected` (seeded: reproducible). */
export function verifyNameLabel(spec, ns, expected, seed = 1, samples = 32) {
    const random = seededRandom(seed);
    const want = expected.join(',');
    for (let i = 0; i < samples; i++) {
        const name = sampleName(ns, random);
        const got = brokenNameRules(spec, name).join(',');
        if (got !== want) {
            throw new KpcError('KPC_INTERNAL', `name spec ${JSON.stringify(ns)} is labelled [${want}] but the sample ${JSON.stringify(name)} breaks [${got}]`);
        }
    }
}
