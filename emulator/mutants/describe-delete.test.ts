import { describe, expect, test } from 'vitest';
import { handle } from '../core/handle.ts';
import { emptyState, regionOf } from '../core/state.ts';
import type { EmulatorState } from '../core/types.ts';
import { REGION, bodyOf, codeOf, importParams, rpc, runAll, testEnv } from '../testing.ts';
import { patternForm } from './describe-delete.ts';
import { findMutant } from './index.ts';
import type { Mutant } from './types.ts';

const OTHER = 'cn-shanghai';
const byName = (name: string): Mutant => {
  const m = findMutant(name);
  if (!m) throw new Error(`no mutant ${name}`);
  return m;
};

/** Key pairs `names` in `region` (and `others` in cn-shanghai), imported through the reference. */
function stateWith(names: string[], others: string[] = []): EmulatorState {
  const imports = [
    ...names.map((n) => rpc('ImportKeyPair', importParams({ KeyPairName: n }))),
    ...others.map((n) => rpc('ImportKeyPair', importParams({ KeyPairName: n, RegionId: OTHER }))),
  ];
  // A fresh key is not needed here: the reference allows one key under two names.
  return runAll(emptyState(), imports).state;
}

const call = (m: Mutant | undefined, state: EmulatorState, action: string, params: Record<string, string>) =>
  handle(state, rpc(action, params), testEnv(m ? { behaviour: m.behaviour } : {}));
const listed = (m: Mutant | undefined, state: EmulatorState, params: Record<string, string>) =>
  (
    bodyOf(call(m, state, 'DescribeKeyPairs', { RegionId: REGION, ...params }))['KeyPairs'] as {
      KeyPair: Array<{ KeyPairName: string }>;
    }
  ).KeyPair.map((k) => k.KeyPairName);
const names = (s: EmulatorState, region = REGION) => regionOf(s, region).keyPairs.map((k) => k.name);

describe('the DescribeKeyPairs and DeleteKeyPairs mutants, through the pure core', () => {
  test('patternForm tells the documented wildcard forms apart', () => {
    expect(['ab', 'ab*', '*ab', '*ab*', 'a*b', '**', '*'].map(patternForm)).toEqual([
      'exact',
      'prefix',
      'suffix',
      'infix',
      'other',
      'other',
      'other',
    ]);
  });

  test('each name mutant misreads its own form only', () => {
    const s = stateWith(['abc', 'abcd', 'xabc', 'xabcx']);
    expect(listed(undefined, s, { KeyPairName: 'abc' })).toEqual(['abc']);
    expect(listed(byName('describe-exact-as-prefix'), s, { KeyPairName: 'abc' })).toEqual(['abc', 'abcd']);
    expect(listed(byName('describe-exact-as-prefix'), s, { KeyPairName: 'abc*' })).toEqual(['abc', 'abcd']);
    expect(listed(byName('describe-prefix-unanchored'), s, { KeyPairName: 'abc*' })).toHaveLength(4);
    expect(listed(byName('describe-suffix-unanchored'), s, { KeyPairName: '*abc' })).toHaveLength(4);
    expect(listed(undefined, s, { KeyPairName: '*abc' })).toEqual(['abc', 'xabc']);
    expect(listed(byName('describe-infix-anchored'), s, { KeyPairName: '*bc*' })).toEqual([]);
    expect(listed(undefined, s, { KeyPairName: '*bc*' })).toHaveLength(4);
  });

  test('paging mutants deviate at the edges only', () => {
    const s = stateWith(['p1', 'p2', 'p3']);
    const page = (name: string | undefined, n: string) =>
      listed(name ? byName(name) : undefined, s, { KeyPairName: 'p*', PageSize: '2', PageNumber: n });
    expect([page(undefined, '1'), page(undefined, '2'), page(undefined, '3')].map((p) => p.length)).toEqual([2, 1, 0]);
    expect(page('partial-page-dropped', '1')).toHaveLength(2);
    expect(page('partial-page-dropped', '2')).toEqual([]);
    expect(page('page-past-end-clamped', '2')).toEqual(['p3']);
    expect(page('page-past-end-clamped', '3')).toEqual(['p3']);
    expect(page('page-size-ignored', '1')).toHaveLength(3);
    const counted = bodyOf(
      call(byName('total-count-of-page'), s, 'DescribeKeyPairs', { RegionId: REGION, PageSize: '2' }),
    );
    expect(counted['TotalCount']).toBe(2);
    expect(listed(byName('page-number-default-2'), s, { PageSize: '2' })).toEqual(['p3']);
    expect(codeOf(call(byName('page-size-max-49'), s, 'DescribeKeyPairs', { RegionId: REGION, PageSize: '50' }))).toBe(
      'InvalidParameter',
    );
  });

  test('describe-every-region lists another region; delete mutants remove too little, too much or elsewhere', () => {
    const s = stateWith(['d1', 'd2', 'd1x'], ['d1']);
    expect(listed(byName('describe-every-region'), s, { KeyPairName: 'd1' })).toEqual(['d1', 'd1']);
    const del = (name: string | undefined) =>
      call(name ? byName(name) : undefined, s, 'DeleteKeyPairs', {
        RegionId: REGION,
        KeyPairNames: JSON.stringify(['d1', 'd2']),
      }).state;
    expect(names(del(undefined))).toEqual(['d1x']);
    expect(names(del(undefined), OTHER)).toEqual(['d1']);
    expect(names(del('delete-not-applied'))).toEqual(['d1', 'd2', 'd1x']);
    expect(names(del('delete-first-name-only'))).toEqual(['d2', 'd1x']);
    expect(names(del('delete-by-prefix'))).toEqual([]);
    expect(names(del('delete-every-region'), OTHER)).toEqual([]);
  });

  test('required-parameter mutants answer with another code; PublicKey mutants flip its presence', () => {
    const s = stateWith(['k1']);
    expect(codeOf(call(byName('describe-region-optional'), s, 'DescribeKeyPairs', {}))).toBe(
      'InvalidRegionId.NotFound',
    );
    expect(codeOf(call(byName('delete-region-optional'), s, 'DeleteKeyPairs', { KeyPairNames: '["k1"]' }))).toBe(
      'InvalidRegionId.NotFound',
    );
    expect(codeOf(call(byName('delete-names-optional'), s, 'DeleteKeyPairs', { RegionId: REGION }))).toBe(
      'InvalidKeyPairNames.ValueNotSupported',
    );
    expect(
      codeOf(
        call(byName('delete-names-invalid-parameter'), s, 'DeleteKeyPairs', { RegionId: REGION, KeyPairNames: 'k1' }),
      ),
    ).toBe('InvalidParameter');
    const item = (name: string, p: Record<string, string>) =>
      (
        bodyOf(call(byName(name), s, 'DescribeKeyPairs', { RegionId: REGION, ...p }))['KeyPairs'] as {
          KeyPair: Array<Record<string, unknown>>;
        }
      ).KeyPair[0]!;
    expect(item('public-key-by-default', {})).toHaveProperty('PublicKey');
    expect(item('public-key-by-default', { IncludePublicKey: 'false' })).not.toHaveProperty('PublicKey');
    expect(item('public-key-never', { IncludePublicKey: 'true' })).not.toHaveProperty('PublicKey');
    expect(item('item-no-creation-time', {})).not.toHaveProperty('CreationTime');
    expect(item('item-empty-resource-group-omitted', {})).not.toHaveProperty('ResourceGroupId');
  });
});
