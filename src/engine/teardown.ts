/**
 * Teardown that finishes. It deletes what the ledger says the run created (an import whose
 * answer was lost is looked up first, and deleted if it is there), in batches of the API's
 * maximum, then lists what remains of the run's key pairs and deletes that again, with
 * backoff, until nothing of the run is listed or the rounds run out. A delete is safe to
 * repeat. What was deleted and what leaked are counted from the listings, never from
 * answers, so the leak list is exactly what is still there. A target that refuses a whole
 * batch (the document is silent on names that do not exist) gets smaller batches, down to
 * single names. Only names in the ledger are ever deleted. A listing the target refuses
 * outright (an empty or unknown region: the import that named it was refused too, whatever
 * its lost answer said) shows that nothing is there.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LedgerRecord } from './ledger.ts';
import type { Place, TeardownResult } from './result.ts';
import { groupBy, mapLimit } from './pool.ts';
import type { Session, SessionCallOptions } from './session.ts';
import { at } from './read.ts';

/** How hard teardown tries. */
export interface TeardownOptions {
  batch?: number;
  rounds?: number;
  /** Waits between rounds (default: 0.25 s, doubling). */
  backoff?: (round: number) => Promise<void>;
  concurrency?: number;
}

const LABEL = 'teardown';
const PAGE = 50;

interface Work {
  session: Session;
  requests: number;
  errors: string[];
}

/** The run's key pairs a wildcard listing shows in `region`, page by page; undefined when it cannot tell. */
async function listedByToken(w: Work, region: string, names: ReadonlySet<string>): Promise<Set<string> | undefined> {
  const found = new Set<string>();
  for (let page = 1; ; page++) {
    w.requests++;
    const params = {
      RegionId: region,
      KeyPairName: `*${w.session.token}*`,
      PageSize: String(PAGE),
      PageNumber: String(page),
    };
    const r = await w.session.call(LABEL, 'DescribeKeyPairs', params, { uninterruptible: true });
    if (r.answer.kind === 'refused') return found; // a region the target refuses holds nothing
    const items = at(r.exchange.response?.body, 'KeyPairs.KeyPair');
    if (r.answer.kind !== 'accepted' || !Array.isArray(items)) return undefined;
    for (const k of items) if (names.has(String(at(k, 'KeyPairName')))) found.add(String(at(k, 'KeyPairName')));
    if (items.length < PAGE) return found;
  }
}

/**
 * Whether the target lists `name` in `region`; undefined when it cannot tell. A lookup the
 * target refuses (an empty or unknown region, a name no import accepts) finds nothing.
 */
export async function isListed(
  session: Session,
  label: string,
  place: { region: string; name: string },
  o: SessionCallOptions = {},
): Promise<boolean | undefined> {
  const params = { RegionId: place.region, KeyPairName: place.name, PageSize: String(PAGE) };
  const r = await session.call(label, 'DescribeKeyPairs', params, o);
  if (r.answer.kind === 'refused') return false;
  const items = at(r.exchange.response?.body, 'KeyPairs.KeyPair');
  if (r.answer.kind !== 'accepted' || !Array.isArray(items)) return undefined;
  return items.some((k) => at(k, 'KeyPairName') === place.name);
}

async function listedByName(w: Work, region: string, name: string): Promise<boolean | undefined> {
  w.requests++;
  return isListed(w.session, LABEL, { region, name }, { uninterruptible: true });
}

/**
 * The names of `names` (one region) the target lists; undefined when it cannot tell. Names
 * carrying the token come from one wildcard listing; the few too short for it are looked
 * up one by one, at the same time.
 */
async function listed(
  w: Work,
  region: string,
  names: ReadonlySet<string>,
  concurrency: number,
): Promise<Set<string> | undefined> {
  const short = [...names].filter((n) => !n.includes(w.session.token));
  const withToken = short.length < names.size;
  const [byToken, byName] = await Promise.all([
    withToken ? listedByToken(w, region, names) : Promise.resolve(new Set<string>()),
    mapLimit(short, concurrency, (n) => listedByName(w, region, n)),
  ]);
  if (byToken === undefined || byName.includes(undefined)) return undefined;
  return new Set([...byToken, ...short.filter((_, i) => byName[i])]);
}

/** Deletes `names` in one region; a refused batch is split until single names. Resolves the names answered deleted. */
async function remove(w: Work, region: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  w.requests++;
  const params = { RegionId: region, KeyPairNames: JSON.stringify(names) };
  const r = await w.session.call(LABEL, 'DeleteKeyPairs', params, { idempotent: true, uninterruptible: true });
  if (r.answer.kind === 'accepted') return [...names];
  if (r.answer.kind === 'refused' && names.length > 1) {
    const half = Math.ceil(names.length / 2);
    return [...(await remove(w, region, names.slice(0, half))), ...(await remove(w, region, names.slice(half)))];
  }
  return [];
}

interface RegionOutcome {
  /** Names whose import answer was lost and that the target holds. */
  found: Set<string>;
  /** What the last listing still shows; undefined when the target could not list. */
  left: Set<string> | undefined;
  listedAfterDelete: Set<string>;
}

/** Looks up names whose import answer was lost; resolves those the target holds (unknowable counts as held). */
async function lookUp(
  w: Work,
  region: string,
  names: readonly string[],
  o: Required<TeardownOptions>,
): Promise<Set<string>> {
  const held = await mapLimit(names, o.concurrency, (n) => listedByName(w, region, n));
  // Deleting a name that is not there is harmless; missing one that is there leaks it.
  return new Set(names.filter((_, i) => held[i] !== false));
}

async function removeAll(
  w: Work,
  region: string,
  names: readonly string[],
  o: Required<TeardownOptions>,
): Promise<string[]> {
  const batches = Array.from({ length: Math.ceil(names.length / o.batch) }, (_, i) =>
    names.slice(i * o.batch, (i + 1) * o.batch),
  );
  return (await mapLimit(batches, o.concurrency, (b) => remove(w, region, b))).flat();
}

async function tearRegion(
  w: Work,
  region: string,
  records: readonly LedgerRecord[],
  o: Required<TeardownOptions>,
): Promise<RegionOutcome> {
  const names = new Set(records.map((r) => r.name));
  const lost = records.filter((r) => r.state === 'unknown' || r.state === 'pending').map((r) => r.name);
  const found = await lookUp(w, region, lost, o);
  // Names a case already deleted with an answer of success: listed now, they count too.
  const claimed = new Set(records.filter((r) => r.state === 'deleted').map((r) => r.name));
  const listedAfterDelete = new Set<string>();
  let todo: string[] | undefined = records.filter((r) => r.state === 'created' || found.has(r.name)).map((r) => r.name);
  let left: Set<string> | undefined;
  // The first round always lists, to verify; later ones only while something is listed or unknowable.
  for (let round = 1; round <= o.rounds && (round === 1 || todo === undefined || todo.length > 0); round++) {
    if (round > 1) await o.backoff(round - 1);
    for (const n of await removeAll(w, region, todo ?? [...names], o)) claimed.add(n);
    left = await listed(w, region, names, o.concurrency);
    for (const n of left ?? []) if (claimed.has(n)) listedAfterDelete.add(n);
    todo = left && [...left];
  }
  return { found, left, listedAfterDelete };
}

/** The records teardown deals with, by region: every one but imports that were refused. */
function candidates(records: readonly LedgerRecord[]): Map<string, LedgerRecord[]> {
  return groupBy(
    records.filter((r) => r.state !== 'not-created'),
    (r) => r.region,
  );
}

/**
 * The key pairs the run created: answered as created (since deleted or not), or found
 * listed when the answer was lost.
 */
function createdBy(records: readonly LedgerRecord[], found: (r: LedgerRecord) => boolean): LedgerRecord[] {
  return records.filter(
    (r) =>
      r.state === 'created' || r.state === 'deleted' || ((r.state === 'unknown' || r.state === 'pending') && found(r)),
  );
}

/** Tears down everything `records` (default: the session's ledger) says the run may have created. */
export async function teardown(
  session: Session,
  o: TeardownOptions = {},
  records = session.ledger.records(),
): Promise<TeardownResult> {
  const opts: Required<TeardownOptions> = {
    batch: o.batch ?? 100,
    rounds: o.rounds ?? 4,
    backoff: o.backoff ?? ((round) => sleep(250 * 2 ** (round - 1))),
    concurrency: o.concurrency ?? 8,
  };
  const w: Work = { session, requests: 0, errors: [] };
  const regions = [...candidates(records)];
  const torn = await mapLimit(regions, opts.concurrency, ([region, rs]) => tearRegion(w, region, rs, opts));
  const outcomes = new Map(regions.map(([region], i) => [region, torn[i]!]));
  const leaked: Place[] = [];
  const listedAfterDelete: Place[] = [];
  for (const [region, rs] of regions) {
    const out = outcomes.get(region)!;
    if (out.left === undefined)
      w.errors.push(`could not list the run's key pairs in ${region}: they may still be there`);
    const left = out.left ?? new Set(rs.filter((r) => r.state !== 'deleted').map((r) => r.name));
    for (const name of left) leaked.push({ region, name });
    for (const name of out.listedAfterDelete) listedAfterDelete.push({ region, name });
    for (const r of rs)
      if (r.state !== 'deleted' && out.left?.has(r.name) === false) session.ledger.deleted(region, r.name);
  }
  // Counted from the listings: what the run created and the target no longer lists is deleted.
  const created = createdBy(records, (r) => outcomes.get(r.region)?.found.has(r.name) ?? false);
  const stillThere = new Set(leaked.map((p) => `${p.region}\u0000${p.name}`));
  const deleted = created.filter((r) => !stillThere.has(`${r.region}\u0000${r.name}`)).length;
  return { created: created.length, deleted, leaked, listedAfterDelete, requests: w.requests, errors: w.errors };
}
