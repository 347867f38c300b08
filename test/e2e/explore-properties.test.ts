import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findMutant, startMutantEmulator, type Mutant } from '../../emulator/index.ts';
import { FAITHFUL } from '../../emulator/core/behaviour.ts';
import { loadCases } from '../../src/cases/load.ts';
import { createClient, DUMMY_CREDENTIALS, resolveTarget } from '../../src/client/index.ts';
import {
  DEFAULT_EXPLORE_RUNS,
  explore,
  type ExploreOptions,
  type ExploreResult,
  type PropertyName,
} from '../../src/explore/explore.ts';
import { Ledger, liveRecords, newRunToken, readLedger, runEngine, Session } from '../../src/engine/index.ts';
import { SELFCHECK_SEED } from '../../src/cli/selfcheck.ts';
import { defaultSpec } from '../../src/spec/load.ts';

// Exploration in-process against mutants: what it catches, that it is deterministic given
// a seed, that it leaves nothing behind, and that a stateful finding replays as a case.

const REFERENCE: Mutant = {
  name: 'faithful',
  area: 'name',
  description: '',
  rules: [],
  equivalent: true,
  behaviour: FAITHFUL,
};
const tmp = (): string => mkdtempSync(join(tmpdir(), 'kpc-explore-'));

async function exploreAgainst(m: Mutant, options: ExploreOptions): Promise<{ result: ExploreResult; ledger: string }> {
  const emu = await startMutantEmulator(m);
  const client = createClient({
    target: resolveTarget({ url: emu.url, region: 'cn-hangzhou' }),
    credentials: DUMMY_CREDENTIALS,
  });
  const ledger = join(tmp(), 'ledger.jsonl');
  try {
    const session = new Session({
      client,
      ledger: new Ledger(ledger, 'kpcexploretest'),
      region: 'cn-hangzhou',
      secondRegion: 'cn-shanghai',
    });
    return { result: await explore(session, defaultSpec(), options), ledger };
  } finally {
    await client.close();
    await emu.close();
  }
}

async function suiteAgainst(m: Mutant, casesDir: string) {
  const emu = await startMutantEmulator(m, { resourceGroups: ['rg-kpcselfcheck0001'] });
  const client = createClient({
    target: resolveTarget({ url: emu.url, region: 'cn-hangzhou' }),
    credentials: DUMMY_CREDENTIALS,
  });
  try {
    const run = await runEngine(loadCases(casesDir), {
      client,
      ledger: new Ledger(undefined, newRunToken()),
      region: 'cn-hangzhou',
      secondRegion: 'cn-shanghai',
      resourceGroup: 'rg-kpcselfcheck0001',
      capabilities: ['resource-group', 'second-region', 'quota-test'],
      target: emu.url,
      teardown: false,
    });
    return run.results;
  } finally {
    await client.close();
    await emu.close();
  }
}

describe('exploration', () => {
  test('finds nothing against the reference with the default budget, and leaves nothing it created', async () => {
    const { result, ledger } = await exploreAgainst(REFERENCE, { seed: SELFCHECK_SEED });
    expect(result.runs).toBe(DEFAULT_EXPLORE_RUNS);
    expect(result.properties.map((p) => `${p.property}:${p.status}`)).toEqual([
      'name-rules:passed',
      'tag-rules:passed',
      'body-rules:passed',
      'import-describe-delete:passed',
    ]);
    const records = readLedger(ledger);
    expect(records.length).toBeGreaterThan(100);
    // Names carry the token unless too short for it (then they are random letters around the template).
    for (const r of records)
      if (!r.name.includes('kpcexploretest')) expect([...r.name].length, r.name).toBeLessThan(30);
    expect(liveRecords(records)).toEqual([]);
  }, 120_000);

  test(
    'catches the explore-only mutant within the default budget, the same counterexample for the same seed',
    { timeout: 120_000 },
    async () => {
      const a = await exploreAgainst(findMutant('name-denylist')!, {
        seed: SELFCHECK_SEED,
        properties: ['name-rules'],
      });
      const b = await exploreAgainst(findMutant('name-denylist')!, {
        seed: SELFCHECK_SEED,
        properties: ['name-rules'],
      });
      expect(a.result.properties[0]).toMatchObject({ status: 'failed', finding: { rules: ['IKP-NAME-CHARSET'] } });
      expect(b.result.properties[0]!.finding!.counterexample).toBe(a.result.properties[0]!.finding!.counterexample);
    },
  );

  const catches: Array<[string, PropertyName, string]> = [
    ['body-ed25519-accepted', 'body-rules', 'IKP-BODY-KEY-TYPE'],
    ['tag-aliyun-allowed', 'tag-rules', 'IKP-TAG-KEY-PREFIX'],
    ['fp-no-colons', 'body-rules', 'IKP-FP-FORMAT'],
  ];
  test.for(catches)('catches %s through %s (%s)', { timeout: 120_000 }, async ([name, property, rule]) => {
    const { result } = await exploreAgainst(findMutant(name)!, { seed: SELFCHECK_SEED, properties: [property] });
    expect(result.properties[0]!.status).toBe('failed');
    expect(result.properties[0]!.finding!.rules).toContain(rule);
  });

  test(
    'a stateful finding (names not unique) is shrunk, written as a sequence case, and replays: ' +
      'fails on the mutant, passes on the reference',
    { timeout: 120_000 },
    async () => {
      const found = tmp();
      const { result } = await exploreAgainst(findMutant('unique-unchecked')!, {
        seed: SELFCHECK_SEED,
        properties: ['import-describe-delete'],
        foundDir: found,
      });
      const p = result.properties[0]!;
      expect(p).toMatchObject({ status: 'failed', finding: { rules: ['IKP-NAME-UNIQUE'] } });
      // Shrunk to an import and its duplicate (and at most one more step).
      expect(p.finding!.counterexample.split(';').length).toBeLessThanOrEqual(3);
      const onMutant = await suiteAgainst(findMutant('unique-unchecked')!, found);
      expect(onMutant).toMatchObject([{ status: 'failed', brokenRules: ['IKP-NAME-UNIQUE'] }]);
      const onReference = await suiteAgainst(REFERENCE, found);
      expect(onReference.map((v) => v.status)).toEqual(['passed']);
    },
  );
});
