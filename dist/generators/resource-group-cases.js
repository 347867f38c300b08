import { acceptImport, caseId, importParams, importStep, makeCase, nameAndKey, outcomeText, rejectImport, responseRules, rowOf, violationOf, } from './case-kit.js';
import { ruleOfKind } from './spec-view.js';
/**
 * ResourceGroupId: an unknown group fails with the documented 404 row; a group that
 * exists (named by the run's configuration) is accepted, on targets that have one.
 */
/** The unknown-group rejection and the known-group acceptance. */
export function resourceGroupCases(spec) {
    const r = ruleOfKind(spec, 'ResourceGroupId', 'resource-group-exists');
    const v = violationOf(spec, r.id);
    return [
        makeCase(spec, {
            id: caseId(r.id, 'unknown-resource-group', 'unknown'),
            title: `rejects a resource group that does not exist ${outcomeText(v)}`,
            rules: [r.id],
            scenario: 'unknown-resource-group',
            polarity: 'negative',
            errorRow: rowOf(v),
            vars: nameAndKey(),
            steps: [importStep(importParams({ ResourceGroupId: '${unknownResourceGroup}' }), rejectImport(spec, v, r.id))],
        }),
        makeCase(spec, {
            id: caseId(r.id, 'known-resource-group', 'existing'),
            title: 'accepts an import into a resource group that exists',
            rules: [r.id, ...responseRules(spec)],
            scenario: 'known-resource-group',
            polarity: 'positive',
            requires: ['resource-group'],
            vars: nameAndKey(),
            steps: [importStep(importParams({ ResourceGroupId: '${resourceGroup}' }), acceptImport(spec, r.id))],
        }),
    ];
}
