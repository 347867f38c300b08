/**
 * The declarative case format (suites/**\/*.yaml), described for editors by
 * suites/schema/case-file.schema.json. Cases are data: variables are tagged generators,
 * expectations are tagged matchers, and every case says where it came from.
 */
/** The closed set of scenarios a case can exercise. */
export const SCENARIOS = [
    'valid-boundary',
    'below-min-length',
    'above-max-length',
    'valid-class',
    'invalid-first-char',
    'forbidden-character',
    'forbidden-prefix',
    'forbidden-substring',
    'missing-parameter',
    'empty-value',
    'valid-key',
    'malformed-key',
    'unsupported-key-type',
    'tag-count',
    'tag-index-out-of-range',
    'unknown-resource-group',
    'known-resource-group',
    'unknown-region',
    'duplicate-name',
    'same-name-other-region',
    'reuse-deleted-name',
    'persistence',
    'rejected-stores-nothing',
    'quota',
    'concurrency',
    'response-shape',
    'observation',
];
