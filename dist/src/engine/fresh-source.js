/**
 * The values a run binds: names carrying the run token, fresh keys. A name too short for
 * the token is random, and on a real account it could be one of the user's own key pairs,
 * which would make a correct service answer KeyPair.AlreadyExist: such a name is looked up
 * first and drawn again while it is taken.
 */
import { defaultSpec } from '../spec/load.js';
import { isValidKeyPairName } from '../spec/predicates.js';
import { makeName } from './names.js';
const MAX_DRAWS = 8;
/** True when `name` may be taken on the target (an invalid name is never stored). */
async function isTaken(session, label, name, counter) {
    if (!isValidKeyPairName(defaultSpec(), name))
        return false;
    counter.probes++;
    const { exchange, answer } = await session.call(label, 'DescribeKeyPairs', {
        RegionId: session.places.region,
        KeyPairName: name,
    });
    const total = exchange.response?.body?.TotalCount;
    return !(answer.kind === 'accepted' && total === 0);
}
/** The source of fresh values for case `label` on `session`. */
export function freshSource(session, label, counter = { probes: 0 }) {
    return {
        async name(spec) {
            let value = makeName(spec, session.nextCore(), session.random);
            for (let draw = 1; !value.includes(session.token) && draw < MAX_DRAWS; draw++) {
                if (!(await isTaken(session, label, value, counter)))
                    break;
                value = makeName(spec, session.nextCore(), session.random);
            }
            return value;
        },
        key: (specId) => session.key(specId),
        malformedSource: (specId) => session.malformedSource(specId),
    };
}
