/**
 * The ledger of resources: every key pair a run may create is written down BEFORE the
 * request is sent, and what its answer says happened after (created, not created, unknown).
 * Teardown and `kpc sweep` work only from it, so a run never touches a key pair it did not
 * create, and a crash loses nothing: the intent line is already on disk. Appends of one short
 * line are atomic on POSIX. The run keeps the same records in memory, so it never reads the
 * file back.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Creation } from '../client/index.ts';

/** One line of ledger.jsonl (`created` was a boolean or 'unknown' in ledgers of version 0.1). */
export type LedgerLine =
  | { t: 'intent'; token: string; region: string; name: string; caseId: string; at: string }
  | { t: 'outcome'; token: string; region: string; name: string; created: Creation | boolean; at: string }
  | { t: 'deleted'; token: string; region: string; name: string; at: string };

/** What the ledger knows of one key pair. */
export interface LedgerRecord {
  token: string;
  region: string;
  name: string;
  caseId: string;
  firstSeen: string;
  state: 'pending' | 'created' | 'not-created' | 'unknown' | 'deleted';
}

const key = (region: string, name: string): string => `${region}\u0000${name}`;

function creationOf(created: Creation | boolean): LedgerRecord['state'] {
  if (created === true || created === 'created') return 'created';
  return created === false || created === 'not-created' ? 'not-created' : 'unknown';
}

/** How much an outcome says was made: it only ever rises for one name in one attempt. */
const RANK: Record<LedgerRecord['state'], number> = {
  pending: 0,
  deleted: 0,
  'not-created': 1,
  unknown: 2,
  created: 3,
};

/** Folds one line into the records, keyed by region and name. */
function apply(records: Map<string, LedgerRecord>, line: LedgerLine): void {
  const k = key(line.region, line.name);
  const rec = records.get(k);
  if (line.t === 'intent') {
    // A new attempt after a deletion or a refusal may create the key pair again.
    if (!rec || rec.state === 'deleted' || rec.state === 'not-created') {
      const { token, region, name, caseId } = line;
      records.set(k, { token, region, name, caseId, firstSeen: rec?.firstSeen ?? line.at, state: 'pending' });
    }
  } else if (rec && line.t === 'outcome') {
    // Concurrent imports of one name each report: a refusal never hides an earlier success,
    // nor an answer lost (its import may be the one that succeeded).
    const next = creationOf(line.created);
    if (rec.state === 'pending' || RANK[next] > RANK[rec.state]) rec.state = next;
  } else if (rec) rec.state = 'deleted';
}

/** The ledger of one run: appends to `path` (none: memory only) and keeps the records. */
export class Ledger {
  readonly path: string | undefined;
  readonly token: string;
  private readonly byName = new Map<string, LedgerRecord>();
  constructor(path: string | undefined, token: string) {
    this.path = path;
    this.token = token;
    if (path !== undefined) mkdirSync(dirname(path), { recursive: true });
  }
  private write(line: LedgerLine): void {
    apply(this.byName, line);
    if (this.path !== undefined) appendFileSync(this.path, `${JSON.stringify(line)}\n`);
  }
  /** Records that `name` is about to be imported into `region`. */
  intent(region: string, name: string, caseId: string): void {
    this.write({ t: 'intent', token: this.token, region, name, caseId, at: new Date().toISOString() });
  }
  /** Records what the answer to the import says happened. */
  outcome(region: string, name: string, created: Creation): void {
    this.write({ t: 'outcome', token: this.token, region, name, created, at: new Date().toISOString() });
  }
  /** Records that `name` is gone (deleted by a case step or by teardown). */
  deleted(region: string, name: string): void {
    this.write({ t: 'deleted', token: this.token, region, name, at: new Date().toISOString() });
  }
  /** Every key pair this run may have created, latest state. */
  records(): LedgerRecord[] {
    return [...this.byName.values()].map((r) => ({ ...r }));
  }
  /** True when the ledger says this run may hold `name` in `region` now. */
  holds(region: string, name: string): boolean {
    const r = this.byName.get(key(region, name));
    return r !== undefined && isLive(r);
  }
}

/** Reads a ledger file into one record per (region, name), latest state last; tolerates a torn last line. */
export function readLedger(path: string): LedgerRecord[] {
  if (!existsSync(path)) return [];
  const records = new Map<string, LedgerRecord>();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    try {
      apply(records, JSON.parse(raw) as LedgerLine);
    } catch {
      // a line torn by a crash mid-write carries no acknowledged state
    }
  }
  return [...records.values()];
}

/** True for a record that may still exist on the target: created, or with an outcome never learned. */
export function isLive(r: LedgerRecord): boolean {
  return r.state === 'created' || r.state === 'unknown' || r.state === 'pending';
}

/** The records that may still exist on the target. */
export function liveRecords(records: readonly LedgerRecord[]): LedgerRecord[] {
  return records.filter(isLive);
}
