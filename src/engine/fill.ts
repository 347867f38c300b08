/**
 * The fill-region step: a region filled up to its quota with fresh key pairs of the run,
 * after measuring what it holds already (an account may hold its own). Filling is setup,
 * not the judgement: an import whose answer was lost is counted again through the listing,
 * and the gap topped up. When the target refuses with QuotaExceed.KeyPair before the fill
 * is complete, the region is counted item by item, page by page, so the finding names the
 * rule that broke: the quota (IKP-QUOTA), or a TotalCount that does not count every key
 * pair (DKP-TOTAL-COUNT).
 */
import type { FillStep } from '../cases/types.ts';
import { interpolate } from './bind.ts';
import type { Mismatch } from './matchers.ts';
import { mapLimit } from './pool.ts';
import type { StepRecord } from './result.ts';
import { at } from './read.ts';
import { importCounted, importsRecord, newTally, noteFaults, type Tally } from './import-tally.ts';
import type { AttemptContext } from './step.ts';

/** Thrown when a case cannot be judged on this target at all (a precondition no re-run can meet). */
export class CannotJudge extends Error {}

const ROUNDS = 4;
const PAGE = 50;

interface Fill extends Tally {
  upTo: number;
  rule: string;
}

/** TotalCount of a region, or undefined (with the step marked) when the answer is not usable. */
async function totalOf(a: AttemptContext, f: Fill): Promise<number | undefined> {
  f.calls++;
  const r = await a.session.call(a.case.id, 'DescribeKeyPairs', { RegionId: f.region, PageSize: '1' });
  noteFaults(f, [r]);
  const total = at(r.exchange.response?.body, 'TotalCount');
  return r.answer.kind === 'accepted' && typeof total === 'number' ? total : undefined;
}

/** The key pairs a region lists, counted item by item over every page. */
async function listedCount(a: AttemptContext, f: Fill): Promise<number | undefined> {
  let n = 0;
  for (let page = 1; page <= Math.ceil(f.upTo / PAGE) + 1; page++) {
    f.calls++;
    const params = { RegionId: f.region, PageSize: String(PAGE), PageNumber: String(page) };
    const r = await a.session.call(a.case.id, 'DescribeKeyPairs', params);
    const items = at(r.exchange.response?.body, 'KeyPairs.KeyPair');
    if (r.answer.kind !== 'accepted' || !Array.isArray(items)) return undefined;
    n += items.length;
    if (items.length < PAGE) return n;
  }
  return n;
}

/** Why the quota was refused early: the quota itself, or a count that missed key pairs. */
async function earlyRefusal(a: AttemptContext, f: Fill, total: number): Promise<Mismatch> {
  const listed = await listedCount(a, f);
  if (listed !== undefined && listed !== total) {
    const expected = `TotalCount ${listed} (the key pairs listed page by page)`;
    return { path: `fill(${f.region}).TotalCount`, expected, actual: total, rule: 'DKP-TOTAL-COUNT' };
  }
  const expected = `200 for every import up to ${f.upTo} key pairs`;
  return { path: `fill(${f.region})`, expected, actual: `QuotaExceed.KeyPair at ${total} key pairs`, rule: f.rule };
}

/** One round: imports the gap; resolves with the refusals that were not QuotaExceed, and whether the quota was hit. */
async function round(
  a: AttemptContext,
  f: Fill,
  need: number,
  concurrency: number,
): Promise<{ quota: boolean; wrong: Mismatch[] }> {
  const answers = await mapLimit(
    Array.from({ length: need }, (_, i) => i),
    concurrency,
    () => importCounted(a, f, `${a.session.nextCore()}f`),
  );
  noteFaults(f, answers);
  const refused = answers.filter((r) => r.answer.kind === 'refused');
  const quota = refused.some((r) => r.answer.kind === 'refused' && r.answer.code === 'QuotaExceed.KeyPair');
  const wrong = refused
    .filter((r) => !(r.answer.kind === 'refused' && r.answer.code === 'QuotaExceed.KeyPair'))
    .slice(0, 5)
    .map((r) => ({
      path: `fill(${f.region}).status`,
      expected: '200 (a valid import with room left)',
      actual: r.exchange.response?.status,
      rule: f.rule,
    }));
  return { quota, wrong };
}

/** Fills the step's region to `upTo` key pairs and reports how it went. */
export async function runFillStep(step: FillStep, a: AttemptContext, concurrency: number): Promise<StepRecord> {
  const started = performance.now();
  const f: Fill = {
    ...newTally(interpolate(step.region, a.bindings.values)),
    upTo: step.upTo,
    rule: step.rules?.join(',') ?? 'IKP-QUOTA',
  };
  const mismatches: Mismatch[] = [];
  let total = await totalOf(a, f);
  if (total !== undefined && total > f.upTo)
    throw new CannotJudge(`${f.region} already holds ${total} key pairs, more than ${f.upTo}`);
  const first = total;
  for (let i = 0; i < ROUNDS && total !== undefined && total < f.upTo && mismatches.length === 0; i++) {
    const r = await round(a, f, f.upTo - total, concurrency);
    mismatches.push(...r.wrong);
    const before = total;
    total = await totalOf(a, f);
    if (r.quota && total !== undefined && total < f.upTo && mismatches.length === 0)
      mismatches.push(await earlyRefusal(a, f, total));
    if (total === before) break;
  }
  const what = { '(fill)': `from ${first ?? '?'} to ${f.upTo} key pairs` };
  const record = { ...importsRecord(f, what, { fillTo: f.upTo }, mismatches, started), asserted: f.rule.split(',') };
  // Lost answers along the way do not matter once the listing shows the region full.
  if (mismatches.length === 0 && total !== f.upTo) {
    record.infrastructure = f.infrastructure ?? `could not fill ${f.region}: it holds ${total ?? '?'} of ${f.upTo}`;
  }
  return record;
}
