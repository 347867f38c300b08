/**
 * fast-check arbitraries for exploration: names, tags and key bodies as small templates
 * (data), turned into request values by the properties. Names are NameSpecs so a found
 * case can carry the same template and get the same verdict with another run's token.
 */
import fc from 'fast-check';
import { DIGITS, FORBIDDEN_IN_NAMES, LETTERS, NAME_PUNCTUATION, TAG_FRAGMENTS, TAG_TEXT } from './alphabet.js';
const letter = fc.constantFrom(...LETTERS);
const forbidden = fc.constantFrom(...FORBIDDEN_IN_NAMES);
// Mostly allowed characters, so a name is often valid but for one character.
const nameChar = fc.oneof({ arbitrary: letter, weight: 6 }, { arbitrary: fc.constantFrom(...DIGITS), weight: 2 }, { arbitrary: fc.constantFrom(...NAME_PUNCTUATION), weight: 2 }, { arbitrary: forbidden, weight: 1 });
const firstChar = fc.oneof({ arbitrary: letter, weight: 8 }, { arbitrary: fc.constantFrom(...DIGITS, ...NAME_PUNCTUATION), weight: 1 }, { arbitrary: forbidden, weight: 1 });
const boundaryLength = fc.oneof({ arbitrary: fc.constantFrom(1, 2, 3, 127, 128, 129, 130), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 140 }), weight: 2 });
/** A KeyPairName template: first characters, last characters, and the total length (the run token fills the middle). */
export const nameTemplate = fc.record({
    prefix: fc.oneof({ arbitrary: fc.tuple(firstChar, fc.option(nameChar, { nil: '' })).map(([a, b]) => a + b), weight: 9 }, { arbitrary: fc.constantFrom('http://', 'https://'), weight: 1 }),
    suffix: fc.array(nameChar, { maxLength: 6 }).map((cs) => cs.join('')),
    length: boundaryLength,
});
const tagText = fc
    .array(fc.oneof({ arbitrary: fc.constantFrom(...TAG_FRAGMENTS), weight: 1 }, { arbitrary: fc.constantFrom(...TAG_TEXT), weight: 4 }), { maxLength: 6 })
    .map((p) => p.join(''));
const longText = fc.integer({ min: 126, max: 130 }).map((n) => 'k'.repeat(n));
// Often led by a documented prefix (or a near miss of one), which is where the key rules bite.
const tagLead = fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, { arbitrary: fc.constantFrom(...TAG_FRAGMENTS), weight: 1 });
const tagKey = fc.oneof({
    arbitrary: fc
        .tuple(tagLead, tagText)
        .map(([a, b]) => a + b)
        .filter((s) => s !== ''),
    weight: 8,
}, { arbitrary: longText, weight: 1 }, { arbitrary: fc.constant(''), weight: 1 });
const tagValue = fc.oneof({ arbitrary: tagText, weight: 8 }, { arbitrary: longText, weight: 1 });
/**
 * Tags with distinct indices (mostly 1-20, sometimes 0, 21 or 22) and distinct keys: two
 * tags with one key are left open by the document, so they are never generated.
 */
export const tagsTemplate = fc
    .uniqueArray(fc.record({
    index: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 20 }), weight: 9 }, { arbitrary: fc.constantFrom(0, 21, 22), weight: 1 }),
    key: tagKey,
    value: tagValue,
}), { selector: (t) => t.index, maxLength: 5 })
    .filter((ts) => new Set(ts.map((t) => t.key)).size === ts.length);
/** The key kinds bodies start from (RSA only at 2048 bits: sizes below are left open). */
export const BODY_KEY_KINDS = [
    'ecdsa-nistp256',
    'ecdsa-nistp384',
    'ecdsa-nistp521',
    'rsa-2048',
    'dsa-1024',
    'ed25519',
];
const commentText = fc
    .array(fc.constantFrom(...'abcxyz0189@.-_ '), { minLength: 1, maxLength: 16 })
    .map((c) => c.join(''))
    .filter((s) => s.trim() !== '');
const mutation = fc.oneof({ arbitrary: fc.constant({ kind: 'none' }), weight: 3 }, { arbitrary: commentText.map((text) => ({ kind: 'comment', text })), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 24 }).map((bytes) => ({ kind: 'truncate', bytes })), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 8 }).map((bytes) => ({ kind: 'append', bytes })), weight: 1 }, {
    arbitrary: fc
        .constantFrom('ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ssh-ed25519', 'rsa', 'ssh-foo')
        .map((label) => ({ kind: 'relabel', label })),
    weight: 1,
}, { arbitrary: fc.constant({ kind: 'label-only' }), weight: 1 }, { arbitrary: fc.nat(2000).map((at) => ({ kind: 'bad-base64', at })), weight: 1 });
/** A PublicKeyBody template; ECDSA P-256 most often (cheap to generate). */
export const bodyTemplate = fc.record({
    kind: fc.oneof({ arbitrary: fc.constant('ecdsa-nistp256'), weight: 6 }, { arbitrary: fc.constantFrom(...BODY_KEY_KINDS), weight: 4 }),
    mutation,
});
