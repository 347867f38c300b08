/**
 * One mutant, judged: a fresh emulator that behaves as the mutant, the whole suite against
 * it, and for an explore-only mutant, exploration against another fresh emulator.
 */
import { join } from 'node:path';
import { FAITHFUL } from '../../emulator/core/behaviour.ts';
import { findMutant, startMutantEmulator, type Mutant } from '../../emulator/mutants/index.ts';
import type { LoadedCase } from '../cases/load.ts';
import { createClient, DUMMY_CREDENTIALS, resolveTarget } from '../client/index.ts';
import { explore } from '../explore/explore.ts';
import { Ledger } from '../runner/ledger.ts';
import { newRunToken } from '../runner/token.ts';
import { defaultSpec } from '../spec/load.ts';
import { runSuite, SELFCHECK_TARGET, type SuiteRunOptions } from './suite-run.ts';
import type { ExplorationOutcome, MutantOutcome } from './types.ts';

/** The reference emulator under the name the self-check gives its control run. */
export const REFERENCE: Mutant = Object.freeze({
  name: 'faithful',
  area: 'name',
  description: 'the reference emulator (control run)',
  rules: [],
  equivalent: true,
  behaviour: FAITHFUL,
});

/** How a mutant is run. */
export interface MutantRunOptions {
  workDir: string;
  concurrency: number;
  /** Keys for the suite runs (a cache shared across mutants in one process). */
  keyFactory?: SuiteRunOptions['keyFactory'];
  /** Exploration budget for explore-only and equivalent mutants; undefined skips exploration. */
  explore?: { runs: number; seed: number };
}

const emulatorOptions = () => ({
  accessKeys: { [DUMMY_CREDENTIALS.accessKeyId]: DUMMY_CREDENTIALS.accessKeySecret },
  resourceGroups: [SELFCHECK_TARGET.resourceGroup],
});

/** Runs exploration against a fresh emulator that behaves as `mutant`. */
export async function exploreMutant(
  mutant: Mutant,
  budget: { runs: number; seed: number },
  workDir: string,
  foundDir?: string,
): Promise<ExplorationOutcome> {
  const emu = await startMutantEmulator(mutant, emulatorOptions());
  const client = createClient({
    target: resolveTarget({ url: emu.url, region: SELFCHECK_TARGET.region }),
    credentials: DUMMY_CREDENTIALS,
  });
  const token = newRunToken();
  let serial = 0;
  try {
    const r = await explore(
      {
        client,
        ledger: new Ledger(join(workDir, `explore-${token}.jsonl`), token),
        token,
        region: SELFCHECK_TARGET.region,
        secondRegion: SELFCHECK_TARGET.secondRegion,
        spec: defaultSpec(),
        nextSerial: () => serial++,
        random: Math.random,
      },
      { runs: budget.runs, seed: budget.seed, ...(foundDir !== undefined ? { foundDir } : {}) },
    );
    return {
      seed: r.seed,
      runs: r.runs,
      caught: r.properties.some((p) => p.status === 'failed'),
      properties: r.properties.map((p) => ({
        property: p.property,
        status: p.status,
        ...(p.finding
          ? {
              rules: p.finding.rules,
              counterexample: p.finding.counterexample,
              expected: p.finding.expected,
              actual: p.finding.actual,
            }
          : {}),
      })),
    };
  } finally {
    await client.close();
    await emu.close();
  }
}

/** Runs the suite (and, for explore-only and equivalent mutants, exploration) against the mutant `name`. */
export async function runMutant(
  name: string,
  cases: readonly LoadedCase[],
  options: MutantRunOptions,
): Promise<MutantOutcome> {
  const mutant = name === REFERENCE.name ? REFERENCE : findMutant(name);
  if (mutant === undefined) throw new Error(`unknown mutant ${name}`);
  const started = performance.now();
  const emu = await startMutantEmulator(mutant, emulatorOptions());
  let verdicts;
  try {
    verdicts = await runSuite({
      url: emu.url,
      cases,
      concurrency: options.concurrency,
      workDir: options.workDir,
      ...(options.keyFactory ? { keyFactory: options.keyFactory } : {}),
    });
  } finally {
    await emu.close();
  }
  const outcome: MutantOutcome = {
    mutant: mutant.name,
    area: mutant.area,
    description: mutant.description,
    rules: [...mutant.rules],
    equivalent: mutant.equivalent,
    exploreOnly: mutant.exploreOnly === true,
    killedBy: verdicts
      .filter((v) => v.status === 'failed')
      .map((v) => ({ id: v.id, brokenRules: v.brokenRules, ...(v.detail !== undefined ? { detail: v.detail } : {}) })),
    inconclusive: verdicts
      .filter((v) => v.status === 'inconclusive')
      .map((v) => ({ id: v.id, ...(v.detail !== undefined ? { detail: v.detail } : {}) })),
    cases: verdicts.length,
    durationMs: 0,
  };
  // Exploration must catch the explore-only mutants, and must flag no equivalent one (nor the reference).
  if ((mutant.exploreOnly || mutant.equivalent) && options.explore)
    outcome.exploration = await exploreMutant(mutant, options.explore, options.workDir);
  outcome.durationMs = performance.now() - started;
  return outcome;
}
