import { describe, expect, test } from 'vitest';
import { characterClasses, differences } from './differences.ts';

describe('differences between an old sentence and the nearest new one', () => {
  test('no difference when only the layout differs', () => {
    expect(differences('The name must be unique.', 'The  name must be\nunique.')).toEqual([]);
  });

  test('a word such as "globally"', () => {
    expect(differences('The name must be unique.', 'The name must be globally unique.')).toEqual([
      { kind: 'word', new: 'globally' },
    ]);
  });

  test('a number', () => {
    expect(
      differences('You can have a maximum of 500 key pairs.', 'You can have a maximum of 1000 key pairs.'),
    ).toEqual([{ kind: 'number', old: '500', new: '1000' }]);
  });

  test('a character class: periods (.) removed, Chinese characters removed', () => {
    const d = differences(
      'The name can contain colons (:), underscores (_), periods (.), or hyphens (-).',
      'The name can contain colons (:), underscores (_), or hyphens (-).',
    );
    expect(d).toEqual([{ kind: 'character-class', old: 'periods (.)' }]);
    expect(differences('must start with a letter or Chinese character', 'It must start with a letter')).toContainEqual({
      kind: 'character-class',
      old: 'Chinese characters',
    });
  });

  test('an English letter against a letter or a Chinese character', () => {
    const d = differences('must start with a letter or Chinese character', 'Must begin with an English letter.');
    expect(d).toContainEqual({ kind: 'character-class', old: 'Chinese characters' });
    expect(d).toContainEqual({ kind: 'character-class', new: 'English letters' });
  });

  test('key types added to a list', () => {
    expect(differences('methods: rsa, dsa', 'methods: rsa, dsa, ssh-rsa-cert-v01@openssh.com')).toEqual([
      { kind: 'key-type', new: 'ssh-rsa-cert-v01@openssh.com' },
    ]);
  });

  test('the same words in another order', () => {
    expect(differences('It cannot start with aliyun or acs:', 'It cannot start with acs: or aliyun')).toEqual([
      { kind: 'order', old: 'It cannot start with aliyun or acs:', new: 'It cannot start with acs: or aliyun' },
    ]);
  });

  test('a short quoted clause is compared with the words around it only', () => {
    expect(differences('in each region', 'You can create up to 500 key pairs in each Alibaba Cloud region.')).toEqual([
      { kind: 'word', new: 'Alibaba Cloud' },
    ]);
  });

  test('characterClasses names symbols by their parenthesis and named classes by name', () => {
    expect([...characterClasses('letters, colons (:) and periods (.)').values()]).toEqual([
      'colons (:)',
      'periods (.)',
      'letters',
    ]);
  });
});
