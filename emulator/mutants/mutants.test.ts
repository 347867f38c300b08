import { describe, expect, test } from 'vitest';
import { allRules } from '../../src/spec/load.ts';
import { DUMMY_CREDENTIALS } from '../../src/client/index.ts';
import { FAITHFUL } from '../core/behaviour.ts';
import { handle } from '../core/handle.ts';
import { emptyState, regionOf } from '../core/state.ts';
import { REGION, bodyOf, codeOf, fixtureKey, importParams, rpc, runAll, send, testEnv } from '../testing.ts';
import { findMutant, MUTANTS, mutantListing, startMutantEmulator } from './index.ts';
import type { Mutant } from './types.ts';

const spec = testEnv().spec;
const ruleIds = new Set(allRules(spec).map((r) => r.id));
const byName = (name: string): Mutant => {
  const m = findMutant(name);
  if (!m) throw new Error(`no mutant ${name}`);
  return m;
};
const importWith = (m: Mutant, overrides: Record<string, string> = {}) =>
  handle(emptyState(), rpc('ImportKeyPair', importParams(overrides)), testEnv({ behaviour: m.behaviour }));
const changedFields = (m: Mutant) =>
  (Object.keys(FAITHFUL) as Array<keyof typeof FAITHFUL>).filter((k) => m.behaviour[k] !== FAITHFUL[k]);

describe('the mutant catalogue', () => {
  test('holds at least 40 non-equivalent mutants and some equivalent ones, with unique kebab-case names', () => {
    expect(MUTANTS.filter((m) => !m.equivalent).length).toBeGreaterThanOrEqual(40);
    expect(MUTANTS.filter((m) => m.equivalent).length).toBeGreaterThanOrEqual(10);
    expect(new Set(MUTANTS.map((m) => m.name)).size).toBe(MUTANTS.length);
    for (const m of MUTANTS) expect(m.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every mutant overrides one Behaviour field (quota-counts-refused two: the count and its use)', () => {
    for (const m of MUTANTS) expect(changedFields(m).length, m.name).toBe(m.name === 'quota-counts-refused' ? 2 : 1);
  });

  test('names only rules the spec has', () => {
    for (const m of MUTANTS) for (const r of m.rules) expect(ruleIds, `${m.name}: ${r}`).toContain(r);
  });

  test('says why each equivalent mutant is equivalent, and no mutant is both equivalent and explore-only', () => {
    for (const m of MUTANTS.filter((x) => x.equivalent)) expect(m.why?.length ?? 0, m.name).toBeGreaterThan(20);
    expect(MUTANTS.filter((m) => m.equivalent && m.exploreOnly)).toEqual([]);
    expect(MUTANTS.filter((m) => m.exploreOnly).length).toBeGreaterThanOrEqual(1);
  });

  const coversEveryRule =
    'covers every documented rule of KeyPairName, PublicKeyBody, tags, resource group, quota and fingerprint';
  test(coversEveryRule, () => {
    const broken = new Set(MUTANTS.filter((m) => !m.equivalent).flatMap((m) => m.rules));
    const documented = allRules(spec).filter(
      (r) =>
        r.operation === 'ImportKeyPair' &&
        r.evidence === 'documented' &&
        r.id !== 'IKP-ERR-INTERNAL' &&
        r.id !== 'IKP-NAME-URL-PREFIX',
    );
    for (const r of documented) expect(broken, r.id).toContain(r.id);
  });

  test('covers every DescribeKeyPairs and DeleteKeyPairs rule that is not an observation', () => {
    const broken = new Set(MUTANTS.filter((m) => !m.equivalent && !m.exploreOnly).flatMap((m) => m.rules));
    const judged = allRules(spec).filter(
      (r) => (r.operation === 'DescribeKeyPairs' || r.operation === 'DeleteKeyPairs') && r.evidence !== 'undocumented',
    );
    expect(judged.length).toBeGreaterThanOrEqual(25);
    for (const r of judged) expect(broken, r.id).toContain(r.id);
  });

  test('a Describe/Delete mutant names the one rule it breaks (describe-no-wildcard: the three wildcard forms)', () => {
    const dd = MUTANTS.filter((m) => m.area === 'describe-delete');
    for (const m of dd.filter((x) => x.name !== 'describe-no-wildcard')) expect(m.rules, m.name).toHaveLength(1);
  });

  test('lists one line per mutant with its kind', () => {
    const lines = mutantListing();
    expect(lines).toHaveLength(MUTANTS.length);
    expect(lines.find((l) => l.startsWith('name-denylist'))).toContain('explore-only');
    expect(lines.find((l) => l.startsWith('eq-pem-bodies-accepted'))).toContain('equivalent');
  });
});

describe('single deviations, through the pure core', () => {
  test('name-min-1 accepts a 1-character name the reference refuses', () => {
    expect(importWith(byName('name-min-1'), { KeyPairName: 'a' }).response.status).toBe(200);
    expect(codeOf(importWith(byName('name-max-127'), { KeyPairName: 'a'.repeat(128) }))).toBe(
      'InvalidKeyPairName.Malformed',
    );
  });

  test('name-denylist lets through punctuation the allowlist forbids, but not the characters the cases use', () => {
    const m = byName('name-denylist');
    expect(importWith(m, { KeyPairName: 'ab!c' }).response.status).toBe(200);
    expect(codeOf(importWith(m, { KeyPairName: 'ab#c' }))).toBe('InvalidKeyPairName.Malformed');
    expect(codeOf(importWith(m, { KeyPairName: '!abc' }))).toBe('InvalidKeyPairName.Malformed');
  });

  test('tag-key-max-129 and tag-index-0-accepted move the tag bounds', () => {
    expect(importWith(byName('tag-key-max-129'), { 'Tag.1.Key': 'k'.repeat(129) }).response.status).toBe(200);
    expect(importWith(byName('tag-index-0-accepted'), { 'Tag.0.Key': 'k' }).response.status).toBe(200);
    expect(
      handle(emptyState(), rpc('ImportKeyPair', importParams({ 'Tag.0.Key': 'k' })), testEnv()).response.status,
    ).toBe(400);
  });

  test('error-row mutants change the status or the code of one row only', () => {
    const m = byName('already-exist-409');
    const { outcomes } = runAll(
      emptyState(),
      [rpc('ImportKeyPair', importParams()), rpc('ImportKeyPair', importParams())],
      { behaviour: m.behaviour },
    );
    expect(outcomes[1]!.response.status).toBe(409);
    expect(codeOf(outcomes[1]!)).toBe('KeyPair.AlreadyExist');
    expect(codeOf(importWith(byName('name-malformed-as-invalid-parameter'), { KeyPairName: '1abc' }))).toBe(
      'InvalidParameter',
    );
  });

  test('lenient parsers accept exactly the body kind they name', () => {
    const key = fixtureKey('ecdsa-nistp256');
    const [label, b64] = key.split(' ');
    const truncated = `${label} ${Buffer.from(b64!, 'base64').subarray(0, 40).toString('base64')}`;
    expect(importWith(byName('body-blob-unchecked'), { PublicKeyBody: truncated }).response.status).toBe(200);
    expect(
      importWith(byName('body-label-mismatch-accepted'), { PublicKeyBody: `ssh-rsa ${b64}` }).response.status,
    ).toBe(200);
    expect(importWith(byName('body-label-mismatch-accepted'), { PublicKeyBody: truncated }).response.status).toBe(400);
    expect(importWith(byName('body-anything-accepted'), { PublicKeyBody: 'ABC1234567' }).response.status).toBe(200);
    expect(importWith(byName('body-empty-accepted'), { PublicKeyBody: '' }).response.status).toBe(200);
    expect(importWith(byName('body-private-key-accepted'), { PublicKeyBody: 'not a key' }).response.status).toBe(400);
  });

  test('rejected-still-stored keeps the record of an import refused for its body', () => {
    const out = importWith(byName('rejected-still-stored'), { PublicKeyBody: 'ssh-rsa AAAA' });
    expect(out.response.status).toBe(400);
    expect(regionOf(out.state, REGION).keyPairs.map((k) => k.name)).toEqual(['kp-test']);
  });

  test('import-not-persisted answers 200 and stores nothing; tags-not-stored drops the tags', () => {
    const out = importWith(byName('import-not-persisted'));
    expect(out.response.status).toBe(200);
    expect(regionOf(out.state, REGION).keyPairs).toEqual([]);
    const tagged = importWith(byName('tags-not-stored'), { 'Tag.1.Key': 'team', 'Tag.1.Value': 'x' });
    expect(regionOf(tagged.state, REGION).keyPairs[0]?.tags).toEqual([]);
  });

  test('quota-counts-refused counts a refused import in its region', () => {
    const out = importWith(byName('quota-counts-refused'), { PublicKeyBody: 'garbage' });
    expect(regionOf(out.state, REGION).refused).toBe(1);
    const next = handle(
      out.state,
      rpc('ImportKeyPair', importParams()),
      testEnv({ behaviour: byName('quota-counts-refused').behaviour }),
    );
    expect(regionOf(next.state, REGION).refused).toBe(1); // an accepted import keeps the count
  });

  test('response mutants reshape bodies: RequestId gone, a name cut to 64 characters', () => {
    expect(bodyOf(importWith(byName('request-id-missing')))).not.toHaveProperty('RequestId');
    const long = `a${'b'.repeat(99)}`;
    expect(bodyOf(importWith(byName('name-echo-truncated'), { KeyPairName: long }))['KeyPairName']).toBe(
      long.slice(0, 64),
    );
  });

  test('equivalent mutants change only what the document leaves open', () => {
    expect(importWith(byName('eq-non-ascii-digits-allowed'), { KeyPairName: 'a\u0663' }).response.status).toBe(200);
    expect(codeOf(importWith(byName('eq-non-ascii-digits-allowed'), { KeyPairName: '\u0663a' }))).toBe(
      'InvalidKeyPairName.Malformed',
    );
    const twice = runAll(
      emptyState(),
      [rpc('ImportKeyPair', importParams()), rpc('ImportKeyPair', importParams({ KeyPairName: 'kp-other' }))],
      { behaviour: byName('eq-same-key-refused-under-second-name').behaviour },
    );
    expect(codeOf(twice.outcomes[1]!)).toBe('InvalidPublicKeyBody.Duplicate');
  });
});

describe('startMutantEmulator', () => {
  test('the race mutant lets concurrent imports of one name through, and refuses a later duplicate', async () => {
    const emu = await startMutantEmulator(byName('race-check-then-insert'));
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => send(emu.url, rpc('ImportKeyPair', importParams()))),
      );
      expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(1);
      const later = await send(emu.url, rpc('ImportKeyPair', importParams()));
      expect(later.json['Code']).toBe('KeyPair.AlreadyExist');
    } finally {
      await emu.close();
    }
  });

  test('a mutant emulator checks signatures like the reference when given keys', async () => {
    const emu = await startMutantEmulator(byName('name-min-1'), {
      accessKeys: { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret },
    });
    try {
      const r = await send(emu.url, rpc('ImportKeyPair', importParams({ KeyPairName: 'a' })));
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.json['Code']).not.toBe('InvalidKeyPairName.Malformed');
    } finally {
      await emu.close();
    }
  });
});
