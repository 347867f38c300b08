import { keyCases } from './key-cases.js';
import { nameCases } from './name-cases.js';
import { regionCases } from './region-cases.js';
import { renderCaseFile } from './render.js';
import { requiredCases } from './required-cases.js';
import { resourceGroupCases } from './resource-group-cases.js';
import { specRevision } from './spec-view.js';
import { tagCases } from './tag-cases.js';
/** The generated files, in the order they are written. */
export const SUITES = [
    {
        file: 'name.yaml',
        suite: 'name',
        description: 'KeyPairName: length boundaries, first character, character set and forbidden prefixes.',
        build: nameCases,
    },
    {
        file: 'public-key.yaml',
        suite: 'public-key',
        description: 'PublicKeyBody: every key of the corpus, with and without a comment, and every malformed variant.',
        build: keyCases,
    },
    {
        file: 'tags.yaml',
        suite: 'tags',
        description: 'Tag.N: counts and indices, key and value lengths, forbidden prefixes and substrings.',
        build: tagCases,
    },
    {
        file: 'required.yaml',
        suite: 'required',
        description: 'Required parameters, left out or sent empty.',
        build: requiredCases,
    },
    {
        file: 'resource-group.yaml',
        suite: 'resource-group',
        description: 'ResourceGroupId: unknown and existing resource groups.',
        build: resourceGroupCases,
    },
    {
        file: 'region.yaml',
        suite: 'region',
        description: 'RegionId: an unknown region and a second, existing one.',
        build: regionCases,
    },
];
/** Every generated case file for `spec`, rendered. */
export function generateFiles(spec) {
    const revision = specRevision(spec);
    return SUITES.map((s) => {
        const caseFile = {
            suite: s.suite,
            description: s.description,
            origin: 'generated',
            specRevision: revision,
            cases: s.build(spec),
        };
        return { file: s.file, caseFile, text: renderCaseFile(caseFile) };
    });
}
