import { createPublicKey } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { readFixture } from '../../src/keys/fixtures.ts';
import { ECDSA_MD5, REGION, bodyOf, codeOf, fixtureKey, importParams, rpc, runAll, testEnv } from '../testing.ts';
import { globMatches } from './behaviour.ts';
import { handle } from './handle.ts';
import { addKeyPair, emptyState } from './state.ts';
import type { EmulatorState } from './types.ts';

function stateWith(
  names: string[],
  extra: Partial<{ tags: Array<{ TagKey: string; TagValue: string }>; resourceGroupId: string }> = {},
): EmulatorState {
  let s = emptyState();
  for (const name of names) {
    s = addKeyPair(s, REGION, {
      name,
      fingerprint: `fp-${name}`,
      publicKey: `pk-${name}`,
      creationTime: '2024-05-01T10:00Z',
      resourceGroupId: '',
      tags: [],
      ...extra,
    });
  }
  return s;
}

const describeCall = (state: EmulatorState, params: Record<string, string> = {}) =>
  handle(state, rpc('DescribeKeyPairs', { RegionId: REGION, ...params }), testEnv());
const names = (out: ReturnType<typeof describeCall>) =>
  (bodyOf(out)['KeyPairs'] as { KeyPair: Array<{ KeyPairName: string }> }).KeyPair.map((k) => k.KeyPairName);

describe('DescribeKeyPairs', () => {
  const listsEverything =
    'lists an imported key pair with its fingerprint, creation time, resource group and tags, without the public key';
  test(listsEverything, () => {
    const { state } = runAll(emptyState(), [
      rpc('ImportKeyPair', importParams({ 'Tag.1.Key': 'team', 'Tag.1.Value': 'a' })),
    ]);
    const out = describeCall(state);
    expect(bodyOf(out)).toMatchObject({
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      KeyPairs: {
        KeyPair: [
          {
            KeyPairName: 'kp-test',
            KeyPairFingerPrint: ECDSA_MD5,
            CreationTime: '2024-05-01T10:00Z',
            ResourceGroupId: '',
            Tags: { Tag: [{ TagKey: 'team', TagValue: 'a' }] },
          },
        ],
      },
    });
    const item = (bodyOf(out)['KeyPairs'] as { KeyPair: object[] }).KeyPair[0];
    expect(item).not.toHaveProperty('PublicKey');
  });

  test('returns the public key with IncludePublicKey=true', () => {
    const { state } = runAll(emptyState(), [rpc('ImportKeyPair', importParams())]);
    const out = describeCall(state, { IncludePublicKey: 'true' });
    expect((bodyOf(out)['KeyPairs'] as { KeyPair: Array<{ PublicKey: string }> }).KeyPair[0]?.PublicKey).toBe(
      fixtureKey('ecdsa-nistp256'),
    );
  });

  test('an empty region gives an empty list', () => {
    expect(bodyOf(describeCall(emptyState()))).toMatchObject({ TotalCount: 0, KeyPairs: { KeyPair: [] } });
  });

  const s = stateWith(['alpha', 'alphabet', 'beta', 'gamma-alpha']);
  test.for([
    ['alpha', ['alpha']],
    ['alpha*', ['alpha', 'alphabet']],
    ['*alpha', ['alpha', 'gamma-alpha']],
    ['*ph*', ['alpha', 'alphabet', 'gamma-alpha']],
    ['Alpha', []],
    ['*', ['alpha', 'alphabet', 'beta', 'gamma-alpha']],
  ] as Array<[string, string[]]>)('KeyPairName %s matches %j', ([pattern, expected]) => {
    expect(names(describeCall(s, { KeyPairName: pattern }))).toEqual(expected);
  });

  test('filters by exact fingerprint', () => {
    expect(names(describeCall(s, { KeyPairFingerPrint: 'fp-beta' }))).toEqual(['beta']);
    expect(names(describeCall(s, { KeyPairFingerPrint: 'fp-bet' }))).toEqual([]);
  });

  test('filters by resource group and by tags (all must match; a key alone matches any value)', () => {
    const tagged = addKeyPair(stateWith(['plain']), REGION, {
      name: 'tagged',
      fingerprint: 'f',
      publicKey: 'p',
      creationTime: 't',
      resourceGroupId: 'rg-1',
      tags: [
        { TagKey: 'a', TagValue: '1' },
        { TagKey: 'b', TagValue: '2' },
      ],
    });
    expect(names(describeCall(tagged, { ResourceGroupId: 'rg-1' }))).toEqual(['tagged']);
    expect(names(describeCall(tagged, { 'Tag.1.Key': 'a', 'Tag.1.Value': '1', 'Tag.2.Key': 'b' }))).toEqual(['tagged']);
    expect(names(describeCall(tagged, { 'Tag.1.Key': 'a', 'Tag.1.Value': '2' }))).toEqual([]);
  });

  test('pages in creation order; TotalCount counts every match', () => {
    const many = stateWith(Array.from({ length: 25 }, (_, i) => `k${String(i).padStart(2, '0')}`));
    const page3 = describeCall(many, { PageNumber: '3', PageSize: '10' });
    expect(bodyOf(page3)).toMatchObject({ TotalCount: 25, PageNumber: 3, PageSize: 10 });
    expect(names(page3)).toEqual(['k20', 'k21', 'k22', 'k23', 'k24']);
    expect(names(describeCall(many, { PageNumber: '4' }))).toEqual([]);
    expect(names(describeCall(many, { PageSize: '50' }))).toHaveLength(25);
  });

  test('defaults to page 1 of 10, lists only the region asked for, and keeps PublicKey out unless true', () => {
    const many = stateWith(Array.from({ length: 12 }, (_, i) => `k${String(i).padStart(2, '0')}`));
    const first = describeCall(many);
    expect(bodyOf(first)).toMatchObject({ TotalCount: 12, PageNumber: 1, PageSize: 10 });
    expect(names(first)).toHaveLength(10);
    const other = handle(many, rpc('DescribeKeyPairs', { RegionId: 'cn-shanghai' }), testEnv());
    expect(bodyOf(other)).toMatchObject({ TotalCount: 0, KeyPairs: { KeyPair: [] } });
    for (const value of ['false', 'FALSE'])
      expect(bodyOf(describeCall(many, { KeyPairName: 'k00', IncludePublicKey: value }))).not.toHaveProperty(
        'KeyPairs.KeyPair.0.PublicKey',
      );
    expect(bodyOf(describeCall(many, { KeyPairName: 'k00', IncludePublicKey: 'True' }))).toHaveProperty(
      'KeyPairs.KeyPair.0.PublicKey',
      'pk-k00',
    );
  });

  test.for([
    ['PageNumber', '0'],
    ['PageNumber', '-1'],
    ['PageNumber', 'x'],
    ['PageSize', '0'],
    ['PageSize', '51'],
    ['PageSize', '1.5'],
    ['IncludePublicKey', 'yes'],
  ] as Array<[string, string]>)('%s=%s is InvalidParameter naming it', ([name, value]) => {
    const out = describeCall(emptyState(), { [name]: value });
    expect(bodyOf(out)).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringContaining(`"${name}"`) });
    expect(out.response.status).toBe(400);
  });

  test('RegionId is required and must be known', () => {
    expect(codeOf(handle(emptyState(), rpc('DescribeKeyPairs', {}), testEnv()))).toBe('MissingParameter');
    expect(codeOf(describeCall(emptyState(), { RegionId: 'nowhere' }))).toBe('InvalidRegionId.NotFound');
  });

  test('does not change the state', () => {
    expect(describeCall(s).state).toBe(s);
  });

  test('refuses a PEM public key on import (the OpenSSH form is required)', () => {
    const pem = createPublicKey(readFixture('ecdsa-nistp256.pkcs8.pem'))
      .export({ type: 'spki', format: 'pem' })
      .toString();
    expect(codeOf(handle(emptyState(), rpc('ImportKeyPair', importParams({ PublicKeyBody: pem })), testEnv()))).toBe(
      'InvalidPublicKeyBody.Malformed',
    );
  });
});

describe('globMatches', () => {
  test.for([
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['ab*ba', 'aba', false],
    ['**', '', true],
    ['x', 'x', true],
  ] as Array<[string, string, boolean]>)('%s vs %s → %s', ([p, n, want]) => {
    expect(globMatches(p, n)).toBe(want);
  });
});
