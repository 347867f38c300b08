import { describe, expect, test } from 'vitest';
import { readFixture } from '../keys/fixtures.ts';
import { defaultSpec } from '../spec/load.ts';
import { bodyVerdict, nameVerdict, tagsVerdict } from './model.ts';

const spec = defaultSpec();
const ecdsa = readFixture('ecdsa-nistp256.pub').trim();

describe('the model: the spec predicates as verdicts', () => {
  test('accepts a valid name and rejects each broken name rule with InvalidKeyPairName.Malformed (400)', () => {
    expect(nameVerdict(spec, 'ab')).toMatchObject({ accept: true });
    expect(nameVerdict(spec, 'a')).toEqual({
      accept: false,
      rule: 'IKP-NAME-LENGTH',
      codes: ['InvalidKeyPairName.Malformed'],
      status: 400,
    });
    expect(nameVerdict(spec, '1ab')).toMatchObject({ accept: false, rule: 'IKP-NAME-FIRST-CHAR' });
    expect(nameVerdict(spec, 'a!b')).toMatchObject({ accept: false, rule: 'IKP-NAME-CHARSET' });
  });

  test('tags: an index outside 1-20 or a broken key/value rule is a 4xx without a code; valid tags pass', () => {
    expect(tagsVerdict(spec, [{ index: 20, key: 'a', value: '' }])).toMatchObject({ accept: true });
    expect(tagsVerdict(spec, [{ index: 21, key: 'a', value: '' }])).toEqual({
      accept: false,
      rule: 'IKP-TAG-INDEX',
      codes: [],
      status: undefined,
    });
    expect(tagsVerdict(spec, [{ index: 1, key: 'aliyunX', value: '' }])).toMatchObject({
      accept: false,
      rule: 'IKP-TAG-KEY-PREFIX',
      codes: [],
    });
    expect(tagsVerdict(spec, [{ index: 1, key: 'k', value: 'see https://x' }])).toMatchObject({
      accept: false,
      rule: 'IKP-TAG-VALUE-URL',
    });
  });

  const bodyVerdicts =
    'bodies: OpenSSH keys of documented types pass; ' +
    'ed25519, PEM-free garbage and label mismatches fail with InvalidPublicKeyBody.Malformed';
  test(bodyVerdicts, () => {
    expect(bodyVerdict(spec, `${ecdsa} me@host`)).toMatchObject({ accept: true });
    expect(bodyVerdict(spec, readFixture('ed25519.pub').trim())).toMatchObject({
      accept: false,
      rule: 'IKP-BODY-KEY-TYPE',
      codes: ['InvalidPublicKeyBody.Malformed'],
      status: 400,
    });
    expect(bodyVerdict(spec, `ssh-rsa ${ecdsa.split(' ')[1]}`)).toMatchObject({
      accept: false,
      rule: 'IKP-BODY-FORMAT',
    });
    expect(bodyVerdict(spec, 'ABC1234567')).toMatchObject({ accept: false, rule: 'IKP-BODY-FORMAT' });
  });
});
