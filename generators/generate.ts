import type { Case, CaseFile } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
import { deleteBatchCases } from './delete-batch-cases.ts';
import { keyCases } from './key-cases.ts';
import { nameCases } from './name-cases.ts';
import { regionCases } from './region-cases.ts';
import { renderCaseFile } from './render.ts';
import { requiredCases } from './required-cases.ts';
import { resourceGroupCases } from './resource-group-cases.ts';
import { specRevision } from './spec-view.ts';
import { tagCases } from './tag-cases.ts';

/**
 * The generated suites: one file per concern, each a pure function of the spec. The
 * same spec always gives byte-identical files (no clock, no randomness, fixed order).
 */

/** One generated file's concern: its file name, suite id, description and generator. */
interface SuiteDef {
  file: string;
  suite: string;
  description: string;
  build: (spec: Spec) => Case[];
}

/** The generated files, in the order they are written. */
export const SUITES: readonly SuiteDef[] = [
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
  {
    file: 'delete-batch.yaml',
    suite: 'delete-batch',
    description: 'DeleteKeyPairs: the largest batch of names one call may carry, accepted and every name removed.',
    build: deleteBatchCases,
  },
];

/** A generated file: its name inside suites/generated, its case file and its text. */
export interface GeneratedFile {
  file: string;
  caseFile: CaseFile;
  text: string;
}

/** Every generated case file for `spec`, rendered. */
export function generateFiles(spec: Spec): GeneratedFile[] {
  const revision = specRevision(spec);
  return SUITES.map((s) => {
    const caseFile: CaseFile = {
      suite: s.suite,
      description: s.description,
      origin: 'generated',
      specRevision: revision,
      cases: s.build(spec),
    };
    return { file: s.file, caseFile, text: renderCaseFile(caseFile) };
  });
}
