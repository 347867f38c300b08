/**
 * The contract's provider states: a closed set of preconditions, each a fixed sentence plus
 * the same facts as params. The verifier parses a state back from its name and params and
 * refuses any state it does not know, so a pact edited by hand cannot make it do something
 * unplanned.
 */
/** The Pact form of a state: "key pair NAME exists in REGION", "REGION holds 500 key pairs", "resource group ID exists". */
export function toPactState(s) {
    switch (s.kind) {
        case 'key-pair-exists':
            return {
                name: `key pair ${s.name} exists in ${s.region}`,
                params: { name: s.name, region: s.region, publicKey: s.publicKey },
            };
        case 'region-full':
            return { name: `${s.region} holds ${s.count} key pairs`, params: { region: s.region, count: s.count } };
        case 'resource-group-exists':
            return { name: `resource group ${s.id} exists`, params: { id: s.id } };
    }
}
const str = (v) => typeof v === 'string' && v !== '';
/** Parses a state back from a pact; undefined when the name and params do not agree on a known state. */
export function parsePactState(name, params) {
    const p = params ?? {};
    let s;
    if (str(p['name']) && str(p['region']) && str(p['publicKey']))
        s = { kind: 'key-pair-exists', name: p['name'], region: p['region'], publicKey: p['publicKey'] };
    else if (str(p['region']) && typeof p['count'] === 'number' && Number.isInteger(p['count']) && p['count'] > 0)
        s = { kind: 'region-full', region: p['region'], count: p['count'] };
    else if (str(p['id']))
        s = { kind: 'resource-group-exists', id: p['id'] };
    // The sentence must be the one the params make: a state cannot say one thing and do another.
    return s !== undefined && toPactState(s).name === name ? s : undefined;
}
