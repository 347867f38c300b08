/** Mutants of the error table (a row's status or code), the region and the resource group. */
import { errorRow } from '../../src/spec/load.js';
import { defineMutant } from './define.js';
import { editNewRecord } from './state-edit.js';
/** A Behaviour.errorRow that answers `code` (for ImportKeyPair) with a changed row. */
function rowChanged(code, change) {
    return (spec, operation, c) => {
        const row = errorRow(spec, operation, c);
        return row !== undefined && c === code && operation === 'ImportKeyPair' ? change(row, spec) : row;
    };
}
/** Another row's code and status in place of the documented one. */
const asRow = (other) => (_row, spec) => errorRow(spec, 'ImportKeyPair', other);
/** The error-row, region and resource-group mutants. */
export const ERROR_MUTANTS = [
    defineMutant({
        name: 'already-exist-409',
        area: 'errors',
        rules: ['IKP-NAME-UNIQUE'],
        description: 'answers KeyPair.AlreadyExist with 409 instead of 400',
        change: { errorRow: rowChanged('KeyPair.AlreadyExist', (r) => ({ ...r, status: 409 })) },
    }),
    defineMutant({
        name: 'already-exist-code',
        area: 'errors',
        rules: ['IKP-NAME-UNIQUE'],
        description: 'answers a duplicate name with the code InvalidKeyPair.Duplicate',
        change: { errorRow: rowChanged('KeyPair.AlreadyExist', (r) => ({ ...r, code: 'InvalidKeyPair.Duplicate' })) },
    }),
    defineMutant({
        name: 'name-malformed-as-invalid-parameter',
        area: 'errors',
        rules: ['IKP-NAME-LENGTH', 'IKP-NAME-FIRST-CHAR', 'IKP-NAME-CHARSET'],
        description: 'answers a malformed name with InvalidParameter instead of InvalidKeyPairName.Malformed',
        change: { errorRow: rowChanged('InvalidKeyPairName.Malformed', asRow('InvalidParameter')) },
    }),
    defineMutant({
        name: 'body-malformed-as-invalid-parameter',
        area: 'errors',
        rules: ['IKP-BODY-FORMAT', 'IKP-BODY-KEY-TYPE'],
        description: 'answers a malformed body with InvalidParameter instead of InvalidPublicKeyBody.Malformed',
        change: { errorRow: rowChanged('InvalidPublicKeyBody.Malformed', asRow('InvalidParameter')) },
    }),
    defineMutant({
        name: 'missing-as-invalid-parameter',
        area: 'errors',
        rules: ['IKP-REGION-REQUIRED', 'IKP-NAME-REQUIRED', 'IKP-BODY-REQUIRED'],
        description: 'answers a missing parameter with InvalidParameter instead of MissingParameter',
        change: { errorRow: rowChanged('MissingParameter', asRow('InvalidParameter')) },
    }),
    defineMutant({
        name: 'quota-exceed-400',
        area: 'errors',
        rules: ['IKP-QUOTA'],
        description: 'answers QuotaExceed.KeyPair with 400 instead of 403',
        change: { errorRow: rowChanged('QuotaExceed.KeyPair', (r) => ({ ...r, status: 400 })) },
    }),
    defineMutant({
        name: 'rg-not-found-400',
        area: 'errors',
        rules: ['IKP-RG-EXISTS'],
        description: 'answers InvalidResourceGroup.NotFound with 400 instead of 404',
        change: { errorRow: rowChanged('InvalidResourceGroup.NotFound', (r) => ({ ...r, status: 400 })) },
    }),
    defineMutant({
        name: 'region-unknown-accepted',
        area: 'region',
        rules: ['IKP-REGION-KNOWN'],
        description: 'accepts any RegionId',
        change: { regionKnown: () => true },
    }),
    defineMutant({
        name: 'region-second-unknown',
        area: 'region',
        rules: ['IKP-REGION-KNOWN', 'IKP-NAME-UNIQUE-PER-REGION'],
        description: 'does not know cn-shanghai, a region of the service',
        change: { regionKnown: (spec, region) => region !== 'cn-shanghai' && spec.regions.includes(region) },
    }),
    defineMutant({
        name: 'rg-unchecked',
        area: 'resource-group',
        rules: ['IKP-RG-EXISTS'],
        description: 'accepts any ResourceGroupId',
        change: { resourceGroupExists: () => true },
    }),
    defineMutant({
        name: 'rg-not-stored',
        area: 'resource-group',
        rules: ['IKP-PERSISTED'],
        description: 'accepts a resource group but stores the key pair without it',
        change: { afterImport: (before, after) => editNewRecord(before, after, (r) => ({ ...r, resourceGroupId: '' })) },
    }),
];
