import { describe, expect, test } from 'vitest';
import { loadCases } from '../cases/load.ts';
import type { Case } from '../cases/types.ts';
import { contractInteractions, interactionOf, rulesOf } from './interactions.ts';

const cases = loadCases();
const { interactions, skipped } = await contractInteractions(cases);
const byCase = new Map(interactions.map((i) => [i.caseId, i]));

describe('contractInteractions', () => {
  test('is the same on every call (the pact is committed)', async () => {
    expect(await contractInteractions(cases)).toEqual({ interactions, skipped });
  });

  test('contracts documented and inferred cases only, never observations', () => {
    const evidence = new Map(cases.map((c) => [c.id, c]));
    expect(interactions.length).toBeGreaterThan(90);
    for (const i of interactions) expect(evidence.get(i.caseId)!.polarity).not.toBe('observation');
    expect(skipped.map((s) => s.caseId)).toContain('ikp-obs-fp-form/observation/ecdsa-nistp256');
  });

  test('gives every interaction its own description, naming its case', () => {
    const d = interactions.map((i) => i.description);
    expect(new Set(d).size).toBe(d.length);
    for (const i of interactions) expect(i.description.startsWith(`${i.caseId}: `)).toBe(true);
  });

  test('never uses one key pair name in two interactions', () => {
    const owner = new Map<string, string>();
    for (const i of interactions) {
      const names = new Set([
        i.params['KeyPairName'],
        ...i.states.map((s) => (s.kind === 'key-pair-exists' ? s.name : undefined)),
      ]);
      for (const n of names) {
        if (!n) continue;
        expect(owner.get(n), `${n} in ${i.caseId}`).toBeUndefined();
        owner.set(n, i.caseId);
      }
    }
    expect(owner.size).toBeGreaterThan(90);
  });

  test('turns the first import of the duplicate case into a state with another key', () => {
    const dup = byCase.get('ikp-name-unique/duplicate-name/second-import')!;
    expect(dup.states).toEqual([
      {
        kind: 'key-pair-exists',
        name: dup.params['KeyPairName'],
        region: 'cn-hangzhou',
        publicKey: expect.any(String),
      },
    ]);
    expect(dup.states[0]!.kind === 'key-pair-exists' && dup.states[0]!.publicKey).not.toBe(dup.params['PublicKeyBody']);
    expect(dup.body['Code']).toBe('KeyPair.AlreadyExist');
  });

  test('gives the quota interaction the full-region state and the 403 QuotaExceed.KeyPair', () => {
    const q = byCase.get('ikp-quota/quota/fill-region')!;
    expect(q.states).toEqual([{ kind: 'region-full', region: 'cn-hangzhou', count: 500 }]);
    expect(q.status).toBe(403);
    expect(q.body['Code']).toBe('QuotaExceed.KeyPair');
    expect(q.rules).toEqual(['IKP-QUOTA']);
  });

  test('asks for an existing resource group where the case requires one', () => {
    expect(byCase.get('ikp-rg-exists/known-resource-group/existing')!.states).toEqual([
      { kind: 'resource-group-exists', id: 'rg-kpcpact-existing' },
    ]);
  });

  test('looks a key pair up by the fingerprint its fixture is known to have', () => {
    const d = byCase.get('dkp-fp-filter/persistence/by-fingerprint')!;
    expect(d.params['KeyPairFingerPrint']).toBe('cb:bc:ed:7c:63:f0:e3:a6:90:07:4b:c3:0f:88:4a:2d');
    expect(d.states[0]).toMatchObject({ kind: 'key-pair-exists' });
  });
});

describe('interactionOf', () => {
  const base: Case = {
    id: 'x/y/z',
    title: 't',
    rules: ['R'],
    scenario: 'valid-key',
    polarity: 'positive',
    evidence: 'documented',
    steps: [],
  };

  test('leaves out a case whose variable the contract cannot bind', async () => {
    const c: Case = {
      ...base,
      steps: [{ action: 'ImportKeyPair', params: { RegionId: '${secondRegion}' }, expect: { status: 200 } }],
    };
    expect(await interactionOf(c)).toMatchObject({ caseId: 'x/y/z', reason: expect.stringContaining('secondRegion') });
  });

  test('leaves out a step repeated concurrently', async () => {
    const c: Case = { ...base, steps: [{ action: 'ImportKeyPair', params: {}, times: 4, expect: { status: 200 } }] };
    expect(await interactionOf(c)).toMatchObject({ reason: expect.stringContaining('not one judged request') });
  });

  test('encodes a JSON-array parameter as the API wants it', async () => {
    const c: Case = {
      ...base,
      polarity: 'negative',
      steps: [
        {
          action: 'DeleteKeyPairs',
          params: { RegionId: '${region}', KeyPairNames: { json: ['${token}a'] } },
          expect: { status: 400 },
        },
      ],
    };
    expect(await interactionOf(c)).toMatchObject({ params: { RegionId: 'cn-hangzhou', KeyPairNames: '["kpcpacta"]' } });
  });

  test('cites the rules of the step expectations, or else the case', () => {
    const step = { action: 'A', params: {}, expect: { status: { match: 'equals' as const, value: 400, rule: 'S' } } };
    expect(rulesOf(step, base)).toEqual(['S']);
    expect(rulesOf({ action: 'A', params: {} }, base)).toEqual(['R']);
  });
});
