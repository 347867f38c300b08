import { CHECKS } from '../checks/checks.js';
import { classify, creation } from '../client/index.js';
import { generateKey, parseKeySpecId } from '../keys/index.js';
import { KpcError } from '../errors.js';
/** The region no account has: the built-in `${unknownRegion}`. */
export const UNKNOWN_REGION = 'xx-kpc-nowhere-1';
/** The names of the built-in variables every case can use. */
export const BUILTIN_NAMES = [
    'region',
    'secondRegion',
    'resourceGroup',
    'unknownRegion',
    'unknownResourceGroup',
    'token',
];
/** The built-in variables for `places`: the one definition of `${region}`, `${unknownRegion}`… */
export function builtinValues(p) {
    const out = { region: p.region, unknownRegion: UNKNOWN_REGION };
    if (p.secondRegion !== undefined)
        out.secondRegion = p.secondRegion;
    if (p.resourceGroup !== undefined)
        out.resourceGroup = p.resourceGroup;
    out.unknownResourceGroup = `rg-${p.token}`;
    out.token = p.token;
    return out;
}
function importOf(action, params) {
    const { RegionId: region, KeyPairName: name } = params;
    return action === 'ImportKeyPair' && region !== undefined && name !== undefined ? { region, name } : undefined;
}
/** The run context. */
export class Session {
    client;
    ledger;
    token;
    places;
    builtins;
    capabilities;
    checks;
    keys;
    random;
    signal;
    emit;
    serial;
    malformed = new Map();
    constructor(o) {
        this.client = o.client;
        this.ledger = o.ledger;
        this.token = o.ledger.token;
        this.places = { region: o.region, secondRegion: o.secondRegion, resourceGroup: o.resourceGroup, token: this.token };
        this.builtins = Object.freeze(builtinValues(this.places));
        this.capabilities = new Set(o.capabilities ?? []);
        this.checks = o.checks ?? CHECKS;
        this.keys = o.keys ?? generateKey;
        this.random = o.random ?? Math.random;
        this.signal = o.signal;
        this.emit = o.emit ?? (() => { });
        this.serial = o.serialBase ?? 0;
    }
    /** The token plus a fresh counter: the unique core every made-up name is built around. */
    nextCore() {
        return `${this.token}${(this.serial++).toString(36)}`;
    }
    /** Sends one call: an import is ledgered before it leaves and after it is answered. */
    async call(label, action, params, o = {}) {
        const imp = importOf(action, params);
        if (imp)
            this.ledger.intent(imp.region, imp.name, label);
        const { uninterruptible, ...rest } = o;
        const signal = uninterruptible ? undefined : this.signal;
        const exchange = await this.client.call(action, params, { ...rest, ...(signal ? { signal } : {}) });
        const answer = classify(exchange);
        if (imp)
            this.ledger.outcome(imp.region, imp.name, creation(answer));
        if (action === 'DeleteKeyPairs' && answer.kind === 'accepted')
            this.deleted(params);
        await this.emit({ type: 'exchange', label, exchange, answer });
        return { exchange, answer };
    }
    /** A key of the named type (e.g. `rsa-2048`); an unknown type is a case-file error. */
    key(specId) {
        const spec = parseKeySpecId(specId);
        if (!spec)
            throw new KpcError('KPC_CASE_FILE', `unknown key type "${specId}"`);
        return this.keys(spec);
    }
    /**
     * The key malformed bodies of a type are cut from. A malformed body is refused, never
     * stored, so one source key per type serves every malformed case of a session: RSA and
     * DSA generation is the costliest work a run does.
     */
    malformedSource(specId) {
        let key = this.malformed.get(specId);
        if (key === undefined) {
            key = this.key(specId);
            this.malformed.set(specId, key);
            key.catch(() => this.malformed.delete(specId));
        }
        return key;
    }
    deleted(params) {
        const region = params.RegionId;
        if (region === undefined || params.KeyPairNames === undefined)
            return;
        try {
            const names = JSON.parse(params.KeyPairNames);
            if (Array.isArray(names))
                for (const n of names)
                    if (typeof n === 'string')
                        this.ledger.deleted(region, n);
        }
        catch {
            // Not a JSON array: a target accepted what a faithful one refuses; nothing we know of was deleted.
        }
    }
}
