import { acceptImport, caseId, importParams, importStep, makeCase, nameAndKey, outcomeText, rejectImport, responseRules, rowOf, violationOf, } from './case-kit.js';
import { ruleOfKind } from './spec-view.js';
/**
 * RegionId: a region that does not exist is rejected (the document names no code, so a
 * 4xx is asserted and the code recorded); a second, existing region is accepted.
 */
/** The unknown-region rejection and the second-region acceptance. */
export function regionCases(spec) {
    const r = ruleOfKind(spec, 'RegionId', 'region');
    const v = violationOf(spec, r.id);
    return [
        makeCase(spec, {
            id: caseId(r.id, 'unknown-region', 'unknown'),
            title: `rejects a region that does not exist ${outcomeText(v)}`,
            rules: [r.id],
            scenario: 'unknown-region',
            polarity: 'negative',
            errorRow: rowOf(v),
            vars: nameAndKey(),
            steps: [importStep(importParams({ RegionId: '${unknownRegion}' }), rejectImport(spec, v, r.id))],
        }),
        makeCase(spec, {
            id: caseId(r.id, 'valid-class', 'second-region'),
            title: 'accepts an import in a second region that exists',
            rules: [r.id, ...responseRules(spec)],
            scenario: 'valid-class',
            polarity: 'positive',
            requires: ['second-region'],
            vars: nameAndKey(),
            steps: [importStep(importParams({ RegionId: '${secondRegion}' }), acceptImport(spec, r.id))],
        }),
    ];
}
