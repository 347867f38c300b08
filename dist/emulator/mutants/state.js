/** Mutants of what an import leaves behind: uniqueness, quota, persistence. */
import { FAITHFUL } from '../core/behaviour.js';
import { addKeyPair } from '../core/state.js';
import { defineMutant } from './define.js';
import { countRefusal } from './state-edit.js';
/** Checks after which a refused import is still stored by `rejected-still-stored`. */
const LATE_CHECKS = new Set(['body', 'tags', 'resource-group', 'unique']);
/** The uniqueness, quota and persistence mutants. */
export const STATE_MUTANTS = [
    defineMutant({
        name: 'unique-global',
        area: 'uniqueness',
        rules: ['IKP-NAME-UNIQUE-PER-REGION'],
        description: 'keeps names unique across all regions instead of per region',
        change: { uniqueScope: 'global' },
    }),
    defineMutant({
        name: 'unique-unchecked',
        area: 'uniqueness',
        rules: ['IKP-NAME-UNIQUE'],
        description: 'accepts a second import of an existing name',
        change: { importChecks: FAITHFUL.importChecks.filter((c) => c !== 'unique') },
    }),
    defineMutant({
        name: 'quota-global',
        area: 'quota',
        // Key pairs of other regions use up this region's 500: it refuses while listing fewer.
        rules: ['IKP-QUOTA-PER-REGION', 'IKP-QUOTA'],
        description: 'counts the quota across all regions instead of per region',
        change: { quotaUsed: (_region, state) => Object.values(state.regions).reduce((n, r) => n + r.keyPairs.length, 0) },
    }),
    defineMutant({
        name: 'quota-not-freed',
        area: 'quota',
        // Deleted key pairs still count: the region refuses while listing fewer than 500.
        rules: ['IKP-DELETE-FREES-QUOTA', 'IKP-QUOTA'],
        description: 'counts every key pair ever created, so deleting one frees no place',
        change: { quotaUsed: (region) => region.created },
    }),
    defineMutant({
        name: 'quota-counts-refused',
        area: 'quota',
        rules: ['IKP-QUOTA'],
        description: 'counts refused imports against the quota',
        // Two fields, one deviation: the count must live in the state (afterRefusal) to be counted (quotaUsed).
        change: {
            afterRefusal: (state, r) => r.check === 'required' || r.check === 'region' ? state : countRefusal(state, r.region),
            quotaUsed: (region) => region.keyPairs.length + (region.refused ?? 0),
        },
    }),
    defineMutant({
        name: 'quota-499',
        area: 'quota',
        rules: ['IKP-QUOTA'],
        description: 'refuses the 500th key pair of a region (quota 499)',
        change: { quotaFor: (spec) => spec.limits.keyPairsPerRegion - 1 },
    }),
    defineMutant({
        name: 'quota-501',
        area: 'quota',
        rules: ['IKP-QUOTA'],
        description: 'accepts a 501st key pair (quota 501)',
        change: { quotaFor: (spec) => spec.limits.keyPairsPerRegion + 1 },
    }),
    defineMutant({
        name: 'import-not-persisted',
        area: 'persistence',
        rules: ['IKP-PERSISTED'],
        description: 'answers 200 to an import but stores nothing',
        change: { afterImport: (before) => before },
    }),
    defineMutant({
        name: 'rejected-still-stored',
        area: 'persistence',
        rules: ['IKP-REJECT-STORES-NOTHING'],
        description: 'stores the key pair of an import refused for its body, tags, resource group or name clash',
        change: {
            afterRefusal: (state, r) => (LATE_CHECKS.has(r.check) ? addKeyPair(state, r.region, r.record()) : state),
        },
    }),
];
