/** Mutants of the Tag.N rules: index range, key and value lengths, prefixes, URLs, storage. */
import { defineMutant } from './define.js';
import { lengthBounds, tagRuleWith, withoutEntries } from './spec-tweak.js';
import { editNewRecord } from './state-edit.js';
// Both key rules carry the same 1..128 length constraint (the document states each bound apart).
const KEY_LENGTH_RULES = ['IKP-TAG-KEY-NONEMPTY', 'IKP-TAG-KEY-LENGTH'];
/** The Tag.N mutants. */
export const TAG_MUTANTS = [
    defineMutant({
        name: 'tags-unchecked',
        area: 'tags',
        rules: [
            'IKP-TAG-KEY-NONEMPTY',
            'IKP-TAG-KEY-LENGTH',
            'IKP-TAG-KEY-PREFIX',
            'IKP-TAG-KEY-URL',
            'IKP-TAG-VALUE-LENGTH',
            'IKP-TAG-VALUE-URL',
        ],
        description: 'accepts any tag key and value',
        change: { tagBrokenRule: () => undefined },
    }),
    defineMutant({
        name: 'tag-aliyun-allowed',
        area: 'tags',
        rules: ['IKP-TAG-KEY-PREFIX'],
        description: 'accepts a tag key starting with aliyun',
        change: { tagBrokenRule: tagRuleWith('IKP-TAG-KEY-PREFIX', withoutEntries('aliyun')) },
    }),
    defineMutant({
        name: 'tag-acs-allowed',
        area: 'tags',
        rules: ['IKP-TAG-KEY-PREFIX'],
        description: 'accepts a tag key starting with acs:',
        change: { tagBrokenRule: tagRuleWith('IKP-TAG-KEY-PREFIX', withoutEntries('acs:')) },
    }),
    defineMutant({
        name: 'tag-key-url-allowed',
        area: 'tags',
        rules: ['IKP-TAG-KEY-URL'],
        description: 'accepts http:// and https:// inside a tag key',
        change: { tagBrokenRule: tagRuleWith('IKP-TAG-KEY-URL', () => undefined) },
    }),
    defineMutant({
        name: 'tag-value-url-allowed',
        area: 'tags',
        rules: ['IKP-TAG-VALUE-URL'],
        description: 'accepts http:// and https:// inside a tag value',
        change: { tagBrokenRule: tagRuleWith('IKP-TAG-VALUE-URL', () => undefined) },
    }),
    defineMutant({
        name: 'tag-key-empty-allowed',
        area: 'tags',
        rules: ['IKP-TAG-KEY-NONEMPTY'],
        description: 'accepts an empty tag key',
        change: { tagBrokenRule: tagRuleWith(KEY_LENGTH_RULES, lengthBounds(0)) },
    }),
    defineMutant({
        name: 'tag-key-max-129',
        area: 'tags',
        rules: ['IKP-TAG-KEY-LENGTH'],
        description: 'accepts a 129-character tag key',
        change: { tagBrokenRule: tagRuleWith(KEY_LENGTH_RULES, lengthBounds(undefined, 129)) },
    }),
    defineMutant({
        name: 'tag-key-max-127',
        area: 'tags',
        rules: ['IKP-TAG-KEY-LENGTH'],
        description: 'rejects a 128-character tag key',
        change: { tagBrokenRule: tagRuleWith(KEY_LENGTH_RULES, lengthBounds(undefined, 127)) },
    }),
    defineMutant({
        name: 'tag-value-max-129',
        area: 'tags',
        rules: ['IKP-TAG-VALUE-LENGTH'],
        description: 'accepts a 129-character tag value',
        change: { tagBrokenRule: tagRuleWith('IKP-TAG-VALUE-LENGTH', lengthBounds(undefined, 129)) },
    }),
    defineMutant({
        name: 'tag-value-empty-refused',
        area: 'tags',
        rules: ['IKP-TAG-VALUE-LENGTH'],
        description: 'rejects an empty tag value',
        change: { tagBrokenRule: tagRuleWith('IKP-TAG-VALUE-LENGTH', lengthBounds(1)) },
    }),
    defineMutant({
        name: 'tag-index-21-accepted',
        area: 'tags',
        rules: ['IKP-TAG-INDEX'],
        description: 'accepts Tag.21 (index maximum off by one)',
        change: { tagIndexRange: (spec) => ({ min: 1, max: spec.limits.tagsPerResource + 1 }) },
    }),
    defineMutant({
        name: 'tag-index-0-accepted',
        area: 'tags',
        rules: ['IKP-TAG-INDEX'],
        description: 'accepts Tag.0',
        change: { tagIndexRange: (spec) => ({ min: 0, max: spec.limits.tagsPerResource }) },
    }),
    defineMutant({
        name: 'tag-index-max-19',
        area: 'tags',
        rules: ['IKP-TAG-INDEX'],
        description: 'rejects Tag.20 (19 tags at most)',
        change: { tagIndexRange: (spec) => ({ min: 1, max: spec.limits.tagsPerResource - 1 }) },
    }),
    defineMutant({
        name: 'tags-not-stored',
        area: 'tags',
        rules: ['IKP-PERSISTED'],
        description: 'accepts tags but stores the key pair without them',
        change: { afterImport: (before, after) => editNewRecord(before, after, (r) => ({ ...r, tags: [] })) },
    }),
];
