import { describe, expect, test } from 'vitest';
import { parsePactState, toPactState, type ProviderState } from './provider-states.ts';

const STATES: ProviderState[] = [
  { kind: 'key-pair-exists', name: 'kpcpactabc', region: 'cn-hangzhou', publicKey: 'ssh-rsa AAAA' },
  { kind: 'region-full', region: 'cn-hangzhou', count: 500 },
  { kind: 'resource-group-exists', id: 'rg-1' },
];

describe('provider states', () => {
  test('name the documented preconditions in fixed sentences', () => {
    expect(STATES.map((s) => toPactState(s).name)).toEqual([
      'key pair kpcpactabc exists in cn-hangzhou',
      'cn-hangzhou holds 500 key pairs',
      'resource group rg-1 exists',
    ]);
  });

  test.for(STATES)('parse back from their Pact form: $kind', (s) => {
    const p = toPactState(s);
    expect(parsePactState(p.name, p.params)).toEqual(s);
  });

  test('refuse a name that says something other than the params', () => {
    const p = toPactState(STATES[0]!);
    expect(parsePactState('key pair someone-else exists in cn-hangzhou', p.params)).toBeUndefined();
  });

  test('refuse a state kpc does not know', () => {
    expect(parsePactState('the moon is full', {})).toBeUndefined();
    expect(parsePactState('cn-hangzhou holds -1 key pairs', { region: 'cn-hangzhou', count: -1 })).toBeUndefined();
  });
});
