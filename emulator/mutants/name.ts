/** Mutants of the KeyPairName rules: length bounds, first character, character set. */
import { ruleById } from '../../src/spec/load.ts';
import { chars } from '../../src/spec/predicates.ts';
import { FAITHFUL } from '../core/behaviour.ts';
import { defineMutant } from './define.ts';
import { charsetExtra, lengthBounds, nameRuleWith } from './spec-tweak.ts';
import type { Mutant } from './types.ts';

const LENGTH = 'IKP-NAME-LENGTH';
const FIRST = 'IKP-NAME-FIRST-CHAR';
const CHARSET = 'IKP-NAME-CHARSET';
const withoutFirstChar = nameRuleWith(FIRST, () => undefined);

// The characters the generated forbidden-character cases use: a denylist built from them
// passes those cases and still lets most punctuation through, which only exploration sees.
const DENYLIST = new Set([' ', '\t', '/', '@', '#', '*', '+', ',', '\uFF0C']);

/** The KeyPairName mutants. */
export const NAME_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'name-min-1',
    area: 'name',
    rules: [LENGTH],
    description: 'accepts a 1-character name (minimum off by one)',
    change: { nameBrokenRule: nameRuleWith(LENGTH, lengthBounds(1)) },
  }),
  defineMutant({
    name: 'name-min-3',
    area: 'name',
    rules: [LENGTH],
    description: 'rejects a 2-character name (minimum 3)',
    change: { nameBrokenRule: nameRuleWith(LENGTH, lengthBounds(3)) },
  }),
  defineMutant({
    name: 'name-max-129',
    area: 'name',
    rules: [LENGTH],
    description: 'accepts a 129-character name (maximum off by one)',
    change: { nameBrokenRule: nameRuleWith(LENGTH, lengthBounds(undefined, 129)) },
  }),
  defineMutant({
    name: 'name-max-127',
    area: 'name',
    rules: [LENGTH],
    description: 'rejects a 128-character name (maximum 127)',
    change: { nameBrokenRule: nameRuleWith(LENGTH, lengthBounds(undefined, 127)) },
  }),
  defineMutant({
    name: 'name-length-in-bytes',
    area: 'name',
    rules: [LENGTH],
    description: 'counts the length in UTF-8 bytes, so 128 Chinese characters are too long',
    change: {
      nameBrokenRule: (spec, name) =>
        Buffer.byteLength(name, 'utf8') > 128 ? ruleById(spec, LENGTH) : FAITHFUL.nameBrokenRule(spec, name),
    },
  }),
  defineMutant({
    name: 'name-first-digit',
    area: 'name',
    rules: [FIRST],
    description: 'accepts a digit as the first character',
    change: {
      nameBrokenRule: nameRuleWith(FIRST, (c) =>
        c.kind === 'first-char' ? { ...c, classes: ['letter', 'digit'] } : c,
      ),
    },
  }),
  defineMutant({
    name: 'name-first-underscore',
    area: 'name',
    rules: [FIRST],
    description: "accepts '_' as the first character",
    change: {
      nameBrokenRule: (spec, name) =>
        name.startsWith('_') ? withoutFirstChar(spec, name) : FAITHFUL.nameBrokenRule(spec, name),
    },
  }),
  defineMutant({
    name: 'name-space-allowed',
    area: 'name',
    rules: [CHARSET],
    description: 'accepts a space inside a name',
    change: { nameBrokenRule: nameRuleWith(CHARSET, charsetExtra(' ')) },
  }),
  defineMutant({
    name: 'name-hash-allowed',
    area: 'name',
    rules: [CHARSET],
    description: "accepts '#' inside a name",
    change: { nameBrokenRule: nameRuleWith(CHARSET, charsetExtra('#')) },
  }),
  defineMutant({
    name: 'name-colon-forbidden',
    area: 'name',
    rules: [CHARSET],
    description: "rejects ':' inside a name",
    change: { nameBrokenRule: nameRuleWith(CHARSET, charsetExtra('', ':')) },
  }),
  defineMutant({
    name: 'name-period-forbidden',
    area: 'name',
    rules: [CHARSET],
    description: "rejects '.' inside a name",
    change: { nameBrokenRule: nameRuleWith(CHARSET, charsetExtra('', '.')) },
  }),
  defineMutant({
    name: 'name-hyphen-forbidden',
    area: 'name',
    rules: [CHARSET],
    description: "rejects '-' inside a name",
    change: { nameBrokenRule: nameRuleWith(CHARSET, charsetExtra('', '-')) },
  }),
  defineMutant({
    name: 'name-chinese-forbidden',
    area: 'name',
    rules: [FIRST, CHARSET],
    description: 'rejects Chinese characters (treats them as not letters)',
    change: {
      nameBrokenRule: (spec, name) =>
        /\p{Script=Han}/u.test(name) ? ruleById(spec, CHARSET) : FAITHFUL.nameBrokenRule(spec, name),
    },
  }),
  defineMutant({
    name: 'name-ascii-letters-only',
    area: 'name',
    rules: [FIRST, CHARSET],
    description: 'accepts only ASCII letters as letters (Greek, Cyrillic, accented, Chinese rejected)',
    change: {
      nameBrokenRule: (spec, name) =>
        /[^\x00-\x7F]/.test(name) ? ruleById(spec, CHARSET) : FAITHFUL.nameBrokenRule(spec, name),
    },
  }),
  defineMutant({
    name: 'name-digits-forbidden',
    area: 'name',
    rules: [CHARSET],
    description: 'rejects digits inside a name',
    change: {
      nameBrokenRule: nameRuleWith(CHARSET, (c) => (c.kind === 'charset' ? { ...c, classes: ['letter'] } : c)),
    },
  }),
  defineMutant({
    name: 'name-denylist',
    area: 'name',
    rules: [CHARSET],
    exploreOnly: true,
    description:
      'checks the character set with a denylist (space, tab, / @ # * + , and non-BMP) ' +
      "instead of the allowlist, so '!', '$', '=', '~' … pass",
    change: {
      nameBrokenRule: (spec, name) => {
        const rule = FAITHFUL.nameBrokenRule(spec, name);
        if (rule?.id !== CHARSET) return rule;
        const denied = chars(name).some((ch) => DENYLIST.has(ch) || ch.codePointAt(0)! > 0xffff);
        return denied ? rule : undefined;
      },
    },
  }),
];
