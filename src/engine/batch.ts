/**
 * The import-batch step: `count` key pairs of the case, each named by the case's name var
 * `name` bound afresh (so each carries the run token) and imported with a fresh key, after
 * which `${save}` holds their names as a JSON array, ready for one DeleteKeyPairs. Like the
 * fill step it is setup that survives the infrastructure: an import whose answer was lost
 * is looked up by its name and imported again when it is not listed (a lost import that the
 * target did carry out is then found, or refused as a name that exists), so a case of a
 * hundred key pairs does not need a hundred clean answers in a row. A refusal of anything
 * else is a mismatch of the step's rules.
 */
import type { ImportBatchStep } from '../cases/types.ts';
import { isInfrastructure } from '../client/index.ts';
import { KpcError } from '../errors.ts';
import { bindVars, interpolate } from './bind.ts';
import { freshSource } from './fresh-source.ts';
import type { Mismatch } from './matchers.ts';
import { mapLimit } from './pool.ts';
import type { StepRecord } from './result.ts';
import { isListed } from './teardown.ts';
import { importCounted, importsRecord, newTally, noteFaults, type Tally } from './import-tally.ts';
import type { AttemptContext } from './step.ts';

const ROUNDS = 4;

interface Batch extends Tally {
  rule: string | undefined;
}

/** `count` fresh values of the case's name var `name`, each bound as that var is (its affixes included). */
async function batchNames(step: ImportBatchStep, a: AttemptContext): Promise<string[]> {
  const spec = a.case.vars?.[step.name];
  if (!spec || !('name' in spec))
    throw new KpcError(
      'KPC_CASE_FILE',
      `${a.case.file}: case ${a.case.id}: import-batch names ${step.name}, no name var`,
    );
  const source = freshSource(a.session, a.case.id, a.counter);
  const one = async () => (await bindVars({ [step.name]: spec }, a.bindings.values, source)).values[step.name]!;
  return Promise.all(Array.from({ length: step.count }, one));
}

/** Whether the target lists `name` in the batch's region; undefined when it cannot tell. */
function listed(a: AttemptContext, b: Batch, name: string): Promise<boolean | undefined> {
  b.calls++;
  return isListed(a.session, a.case.id, { region: b.region, name });
}

/** One round: imports `names`; resolves with those still to import and the refusals that are mismatches. */
async function round(
  a: AttemptContext,
  b: Batch,
  names: readonly string[],
  lostBefore: Set<string>,
  concurrency: number,
): Promise<{ todo: string[]; wrong: Mismatch[] }> {
  const answers = await mapLimit(names, concurrency, (n) => importCounted(a, b, n));
  noteFaults(b, answers);
  const wrong: Mismatch[] = [];
  const lost: string[] = [];
  answers.forEach((r, i) => {
    const name = names[i]!;
    if (isInfrastructure(r.answer)) lost.push(name);
    // A name whose earlier import lost its answer and is now "already there" was imported then.
    else if (r.answer.kind === 'refused' && !(r.answer.code === 'KeyPair.AlreadyExist' && lostBefore.has(name)))
      wrong.push({ path: `batch(${name}).status`, expected: '200', actual: r.exchange.response?.status, rule: b.rule });
  });
  for (const n of lost) lostBefore.add(n);
  const there = await mapLimit(lost, concurrency, (n) => listed(a, b, n));
  return { todo: lost.filter((_, i) => there[i] !== true), wrong: wrong.slice(0, 5) };
}

/** Imports the batch and saves its names; reports how it went. */
export async function runBatchStep(step: ImportBatchStep, a: AttemptContext, concurrency: number): Promise<StepRecord> {
  const started = performance.now();
  const b: Batch = { ...newTally(interpolate(step.region, a.bindings.values)), rule: step.rules?.join(',') };
  const names = await batchNames(step, a);
  const mismatches: Mismatch[] = [];
  const lostBefore = new Set<string>();
  let todo = names;
  for (let i = 0; i < ROUNDS && todo.length > 0 && mismatches.length === 0; i++) {
    const r = await round(a, b, todo, lostBefore, concurrency);
    mismatches.push(...r.wrong);
    todo = r.todo;
  }
  const what = { '(batch)': `${step.count} key pairs` };
  const record = importsRecord(b, what, { imported: step.count }, mismatches, started);
  if (b.rule !== undefined && mismatches.length > 0) record.asserted = b.rule.split(',');
  if (mismatches.length === 0 && todo.length > 0)
    record.infrastructure = b.infrastructure ?? `could not import ${todo.length} of ${step.count} key pairs`;
  if (mismatches.length === 0 && todo.length === 0) a.bindings.values[step.save] = JSON.stringify(names);
  return record;
}
