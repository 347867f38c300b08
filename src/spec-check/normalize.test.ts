import { describe, expect, test } from 'vitest';
import { clauses, comparable, containsWording, sentences, stripMarkdown, tokenize } from './normalize.ts';

describe('layout is not wording', () => {
  test('markdown escapes, code spans, emphasis, links and anchors are removed', () => {
    expect(stripMarkdown('colons \\(:\\), underscores \\(\\_\\)')).toBe('colons (:), underscores (_)');
    expect(stripMarkdown('cannot start with `http://` or **https://**')).toBe('cannot start with http:// or https://');
    expect(stripMarkdown('call [DescribeRegions](~~25609~~) to')).toBe('call DescribeRegions to');
    expect(stripMarkdown('ImportKeyPair {#ImportKeyPair .reference}')).toBe('ImportKeyPair');
  });

  test('no-break spaces, line breaks and curly quotes compare as plain text', () => {
    expect(comparable('The\u00a0input parameter \u201cRegionId\u201d\n that')).toBe(
      'The input parameter "RegionId" that',
    );
  });

  test('key type names compare in lowercase, other words keep their case', () => {
    expect(comparable('supports RSA, SSH-RSA and ECDSA keys')).toBe('supports rsa, ssh-rsa and ecdsa keys');
    expect(comparable('Key Pair')).toBe('Key Pair');
  });

  test('RFC4716 and RFC 4716 are one name', () => {
    expect(comparable('defined in RFC4716')).toBe(comparable('defined in RFC 4716'));
  });
});

describe('containsWording', () => {
  test('finds a quoted clause inside a sentence at word boundaries only', () => {
    const s = 'The name must be 2 to 128 characters in length and must start with a letter or Chinese character.';
    expect(containsWording(s, 'must start with a letter or Chinese character')).toBe(true);
    expect(containsWording(s, 'must be 2 to 12')).toBe(false);
    expect(containsWording(s, 'must start with a letter or an English letter')).toBe(false);
  });
});

describe('sentences and clauses', () => {
  test('splits sentences at a full stop before a capital, not inside http:// or acs:', () => {
    expect(sentences('It cannot start with acs: or aliyun. The tag value can be empty.')).toEqual([
      'It cannot start with acs: or aliyun.',
      'The tag value can be empty.',
    ]);
  });

  test('splits a sentence before "and cannot", keeping the conjunction with its clause', () => {
    expect(clauses('It cannot start with aliyun or acs: and cannot contain http:// or https://.')).toEqual([
      'It cannot start with aliyun or acs:',
      'and cannot contain http:// or https://.',
    ]);
    expect(clauses('The name of the key pair.')).toEqual([]);
  });

  test('tokens keep http://, acs: and key type names whole', () => {
    expect(tokenize('with acs: or http:// and ssh-rsa-cert-v01@openssh.com').map((t) => t.key)).toEqual([
      'with',
      'acs:',
      'or',
      'http://',
      'and',
      'ssh-rsa-cert-v01@openssh.com',
    ]);
  });
});
